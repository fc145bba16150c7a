package no.eukg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import no.eukg.testing.Eventually;
import no.eukg.testing.Http;
import no.eukg.testing.TestServer;

/** The per-client protections: body size, concurrency, rate, result size, security headers. */
class LimitsIT {
    /** A cartesian product over the shipped graph: it runs until the timeout stops it. */
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";

    private static CompletableFuture<HttpResponse<String>> runaway(TestServer server) {
        return CompletableFuture.supplyAsync(() -> Http.get(sparql(server, RUNAWAY), "Accept", "text/csv"));
    }

    private static String sparql(TestServer server, String query) {
        return server.url("/sparql?query=") + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void a_query_body_over_the_limit_gets_413() {
        try (TestServer server = TestServer.over(TestServer.tinyProject(), Duration.ofSeconds(5), Limits.defaults())) {
            byte[] huge = ("SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
            // A raw socket: the server answers 413 and closes while a client library would still
            // be sending, which such a library reports as a broken pipe instead of the answer.
            var r = no.eukg.testing.RawHttp.send(java.net.URI.create(server.base()).getPort(), "POST", "/sparql",
                    new String[] {"Content-Type", "application/sparql-query"}, huge);
            assertEquals(413, r.status());
            assertEquals(200, Http.get(server.url("/$/ping")).statusCode(), "healthy afterwards");
        }
    }

    @Test
    void one_cap_holds_across_sparql_canned_queries_pages_data_search_and_exports_while_cache_hits_and_assets_answer() throws Exception {
        try (TestServer server = TestServer.over(TestServer.shippedProject(), Duration.ofSeconds(5), new Limits(1 << 20, 1, 10_000, 10_000))) {
            String cached = server.url("/api/queries/label-search.csv?q=norway");
            assertEquals(200, Http.get(cached).statusCode(), "warms the cache");
            String ask = sparql(server, "ASK { ?s ?p ?o }");
            // The warm-up gives its slot back just after its answer has gone out, so the runaway
            // can be refused if sent at once; it is sent again until Fuseki is evaluating it.
            AtomicReference<CompletableFuture<HttpResponse<String>>> runaway = new AtomicReference<>(runaway(server));
            Eventually.until(Duration.ofSeconds(20), () -> {
                if (runaway.get().isDone())
                    runaway.set(runaway(server));
                return server.sparqlQueriesRunning() > 0;
            }, "the runaway to hold the one slot");
            HttpResponse<String> light = Http.get(ask, "Accept", "text/csv");
            assertEquals(503, light.statusCode(), light.body());

            for (String path : List.of("/api/queries/label-search.csv?q=eu", "/page/norway", "/data/norway.ttl", "/id/norway",
                    "/search.json?q=norge", "/graph.json")) {
                HttpResponse<String> refused = Http.get(server.url(path));
                assertEquals(503, refused.statusCode(), path + " must evaluate, and the slot is taken: " + refused.body());
                assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""), path);
            }
            assertEquals("1", light.headers().firstValue("Retry-After").orElse(""), light.body());
            assertTrue(light.body().contains("1 query is already running"), light.body());
            assertEquals(200, Http.get(cached).statusCode(), "a cache hit evaluates nothing");
            assertEquals(200, Http.get(server.url("/static/site.css")).statusCode());
            assertEquals(200, Http.get(server.url("/$/ping")).statusCode());
            assertFalse(runaway.get().isDone(), "the runaway held the slot throughout");

            assertEquals(503, runaway.get().get(30, TimeUnit.SECONDS).statusCode(), "the runaway is stopped at the timeout");
            // The slot is given back as the runaway's request unwinds, just after its answer has gone out.
            Eventually.until(Duration.ofSeconds(5), () -> Http.get(server.url("/api/queries/label-search.csv?q=eu")).statusCode() == 200,
                    "the slot to be free again");
        }
    }

    @Test
    void a_client_over_its_rate_gets_429_with_retry_after() {
        try (TestServer server = TestServer.over(TestServer.tinyProject(), Duration.ofSeconds(5), new Limits(1 << 20, 8, 5, 10_000))) {
            List<Integer> statuses = new ArrayList<>();
            HttpResponse<String> last = null;
            for (int i = 0; i < 7; i++) {
                last = Http.get(sparql(server, "ASK { ?s ?p ?o }"), "Accept", "text/csv");
                statuses.add(last.statusCode());
            }
            assertEquals(List.of(200, 200, 200, 200, 200, 429, 429), statuses);
            long retry = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retry >= 1 && retry <= 12, "Retry-After " + retry);
            assertTrue(last.body().contains("5 requests a minute"), last.body());
            assertEquals(200, Http.get(server.url("/$/ping")).statusCode(), "health checks are not counted");
        }
    }

    @Test
    void the_result_limit_is_announced_and_never_applied_silently() {
        try (TestServer server = TestServer.over(TestServer.tinyProject(), Duration.ofSeconds(5), new Limits(1 << 20, 8, 10_000, 3))) {
            HttpResponse<String> capped = Http.get(sparql(server, "SELECT * WHERE { ?s ?p ?o }"), "Accept", "text/csv");
            assertEquals(200, capped.statusCode());
            assertEquals("3", capped.headers().firstValue("Result-Limit").orElse(""));
            assertEquals("true", capped.headers().firstValue("Result-Limit-Applied").orElse(""));
            assertEquals(1 + 3, capped.body().split("\r\n").length, capped.body());

            HttpResponse<String> within = Http.get(sparql(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 2"), "Accept", "text/csv");
            assertEquals("3", within.headers().firstValue("Result-Limit").orElse(""));
            assertFalse(within.headers().firstValue("Result-Limit-Applied").isPresent());
            assertEquals(1 + 2, within.body().split("\r\n").length);
        }
    }

    @Test
    void every_response_carries_security_headers() {
        try (TestServer server = TestServer.over(TestServer.tinyProject(), Duration.ofSeconds(5))) {
            for (String path : List.of("/sparql", "/static/site.css", "/no/such/thing")) {
                var h = Http.get(server.url(path)).headers();
                assertTrue(h.firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), path);
                assertFalse(h.firstValue("Content-Security-Policy").orElse("").contains("unsafe-eval"), path);
                assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), path);
                assertEquals("strict-origin-when-cross-origin", h.firstValue("Referrer-Policy").orElse(""), path);
            }
        }
    }
}
