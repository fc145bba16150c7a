package no.eukg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.eukg.testing.Http;
import no.eukg.testing.TestServer;

/**
 * CORS as a browser SPARQL client on another origin (YASGUI, Comunica) needs it: the headers it
 * reads are exposed, the headers it sends (conditional requests among them) pass a preflight, and
 * a read-only server offers only reading methods.
 */
class SparqlCorsIT {
    private static final String ORIGIN = "https://yasgui.example.org";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.over(TestServer.tinyProject(), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Set<String> list(HttpResponse<?> r, String header) {
        return Arrays.stream(String.join(",", r.headers().allValues(header)).split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static HttpResponse<String> preflight(String method, String headers) {
        return Http.method("OPTIONS", server.url("/sparql"), null, null, "Origin", ORIGIN,
                "Access-Control-Request-Method", method, "Access-Control-Request-Headers", headers);
    }

    @Test
    void the_headers_a_client_reads_are_exposed() {
        HttpResponse<String> r = Http.get(server.url("/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)),
                "Origin", ORIGIN, "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        Set<String> exposed = list(r, "Access-Control-Expose-Headers");
        for (String h : new String[] {"link", "etag", "result-limit", "result-limit-applied", "retry-after", "content-location",
                "cache-control", "content-type", "last-modified"})
            assertTrue(exposed.contains(h), h + " not in " + exposed);
    }

    @Test
    void a_preflight_for_a_conditional_request_is_granted() {
        HttpResponse<String> r = preflight("GET", "If-None-Match, Accept");
        assertTrue(r.statusCode() < 300, "preflight " + r.statusCode());
        assertEquals(ORIGIN, r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), r.headers().toString());
        Set<String> allowed = list(r, "Access-Control-Allow-Headers");
        for (String h : new String[] {"if-none-match", "if-modified-since", "accept", "content-type", "authorization"})
            assertTrue(allowed.contains(h), h + " not in " + allowed);
    }

    @Test
    void a_preflight_for_a_posted_query_is_granted() {
        HttpResponse<String> r = preflight("POST", "Content-Type, Accept");
        assertEquals(ORIGIN, r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), r.headers().toString());
    }

    @Test
    void the_preflight_offers_only_reading_methods() {
        HttpResponse<String> r = preflight("GET", "Accept");
        assertEquals(Set.of("get", "head", "post", "options"), list(r, "Access-Control-Allow-Methods"));
        HttpResponse<String> put = preflight("PUT", "Content-Type");
        assertFalse(put.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "a PUT preflight was granted: " + put.headers());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"update=DROP%20ALL", "query=SELECT", "query=SELECT%20*%20%7B%20SERVICE%20%3Curn%3Ax%3E%20%7B%7D%20%7D"})
    void an_error_answer_keeps_its_cors_headers_so_the_client_can_read_the_message(String parameters) {
        HttpResponse<String> r = Http.get(server.url("/sparql?" + parameters), "Origin", ORIGIN, "Accept", "application/json");
        assertEquals(400, r.statusCode());
        assertEquals(ORIGIN, r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), r.headers().toString());
        assertTrue(list(r, "Access-Control-Expose-Headers").contains("retry-after"), r.headers().toString());
    }

    @Test
    void a_linked_data_error_in_rdf_keeps_its_cors_headers_too() {
        HttpResponse<String> r = Http.get(server.url("/data/no-such-thing.ttl"), "Origin", ORIGIN, "Accept", "text/turtle");
        assertEquals(404, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), r.headers().toString());
        assertEquals(ORIGIN, r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), r.headers().toString());
    }
}
