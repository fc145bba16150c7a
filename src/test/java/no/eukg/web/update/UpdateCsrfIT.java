package no.eukg.web.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.eukg.linked.LinkedFixture;
import no.eukg.testing.Http;
import no.eukg.testing.TestServer;
import no.eukg.web.Site;
import no.eukg.web.UpdateAccess;

/**
 * With {@code --update}, a page on another site must not be able to write with the browser's
 * cached Basic credentials (a cross-site request forgery): cross-origin writes are refused and
 * {@code /update} offers no credentialed CORS. Programs that send no {@code Origin} (curl, Jena's
 * rsparql, SPARQLWrapper) and pages of this server itself still write.
 */
class UpdateCsrfIT {
    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.withUpdates(LinkedFixture.project(), Duration.ofSeconds(10), new UpdateAccess("editor", PASSWORD));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void a_form_update_from_another_origin_with_cached_credentials_is_refused_and_changes_nothing() {
        String label = "Forged" + System.nanoTime();
        HttpResponse<String> r = Http.post(server.url("/update"), "application/x-www-form-urlencoded", form(insert(label)),
                "Authorization", AUTH, "Origin", "https://evil.example");
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("cross-origin"), r.body());
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent(), "no credentialed CORS on /update");
        assertFalse(r.headers().firstValue("Access-Control-Allow-Origin").map(o -> o.contains("evil")).orElse(false));
        assertFalse(holds(label), "the forged update was executed");
    }

    @Test
    void a_browser_saying_the_request_is_cross_site_is_refused_even_without_an_origin() {
        String label = "CrossSite" + System.nanoTime();
        HttpResponse<String> r = Http.post(server.url("/update"), "application/sparql-update", insert(label),
                "Authorization", AUTH, "Sec-Fetch-Site", "cross-site");
        assertEquals(403, r.statusCode(), r.body());
        assertFalse(holds(label));
    }

    @Test
    void a_cross_origin_preflight_for_update_is_not_granted() {
        HttpResponse<String> r = Http.method("OPTIONS", server.url("/update"), null, null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization, content-type");
        assertFalse(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent(), r.headers().toString());
    }

    @Test
    void programs_without_an_origin_and_pages_of_this_server_still_write() {
        String fromCurl = "Curl" + System.nanoTime();
        HttpResponse<String> plain = Http.post(server.url("/update"), "application/sparql-update", insert(fromCurl), "Authorization", AUTH);
        assertTrue(plain.statusCode() == 200 || plain.statusCode() == 204, plain.statusCode() + " " + plain.body());
        assertTrue(holds(fromCurl));

        String fromHere = "SameOrigin" + System.nanoTime();
        String origin = server.base().substring(0, server.base().length() - 1);
        HttpResponse<String> same = Http.post(server.url("/update"), "application/x-www-form-urlencoded", form(insert(fromHere)),
                "Authorization", AUTH, "Origin", origin, "Sec-Fetch-Site", "same-origin");
        assertTrue(same.statusCode() == 200 || same.statusCode() == 204, same.statusCode() + " " + same.body());
        assertTrue(holds(fromHere));
    }

    @Test
    void reads_from_other_origins_keep_their_cors() {
        HttpResponse<String> r = Http.get(server.url("/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)),
                "Origin", "https://yasgui.example", "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "browser SPARQL clients on other origins still read");
    }

    private static String insert(String label) {
        return "INSERT DATA { <" + server.ns() + "id/norway> <http://www.w3.org/2000/01/rdf-schema#label> \"" + label + "\"@en }";
    }

    private static String form(String update) {
        return "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8);
    }

    private static boolean holds(String label) {
        String ask = "ASK { ?s <http://www.w3.org/2000/01/rdf-schema#label> \"" + label + "\"@en }";
        return Http.get(server.url("/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8)),
                "Accept", "application/sparql-results+json").body().contains("true");
    }
}
