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

/** The protections: body size, the one gate (concurrency and its queue), each client's budget, result size, security headers. */
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
        try (TestServer server = TestServer.over(TestServer.shippedProject(), Duration.ofSeconds(5), limits(1, 0, Duration.ofMinutes(10), 1000))) {
            String cached = server.url("/api/queries/label-search.csv?q=norway");
            assertEquals(200, Http.get(cached).statusCode(), "warms the cache");
            List<String> cachedLinkedData = List.of(server.url("/page/eu"), server.url("/data/eu.ttl"));
            for (String url : cachedLinkedData)
                assertEquals(200, Http.get(url).statusCode(), "warms the cache: " + url);
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
            for (String url : cachedLinkedData) {
                HttpResponse<String> hit = Http.get(url);
                assertEquals(200, hit.statusCode(), "a cached page or description is not even resolved again: " + url);
                assertTrue(hit.headers().allValues("Link").stream().anyMatch(l -> l.contains("rel=\"alternate\"")),
                        "its links are kept with it: " + hit.headers().map());
                assertTrue(hit.headers().firstValue("Content-Location").isPresent(), url);
            }
            assertEquals(200, Http.get(server.url("/static/site.css")).statusCode());
            assertEquals(200, Http.get(server.url("/$/ping")).statusCode());
            assertFalse(runaway.get().isDone(), "the runaway held the slot throughout");

            assertEquals(503, runaway.get().get(30, TimeUnit.SECONDS).statusCode(), "the runaway is stopped at the timeout");
            // The slot is given back as the runaway's request unwinds, just after its answer has gone out.
            Eventually.until(Duration.ofSeconds(5), () -> Http.get(server.url("/api/queries/label-search.csv?q=eu")).statusCode() == 200,
                    "the slot to be free again");
        }
    }

    private static Limits limits(int slots, int queue, Duration timePerMinute, int failuresPerMinute) {
        return new Limits(1 << 20, slots, queue, timePerMinute, failuresPerMinute, 10_000);
    }

    @Test
    void a_client_that_spent_its_query_time_gets_429_while_what_costs_nothing_still_answers() {
        try (TestServer server = TestServer.over(TestServer.shippedProject(), Duration.ofSeconds(1), limits(8, 16, Duration.ofMillis(100), 1000))) {
            String cached = server.url("/api/queries/strategy-document.csv");
            assertEquals(200, Http.get(cached).statusCode(), "warms the cache, and costs a little");
            // A second of evaluation against a budget of 0.1 s a minute: about nine minutes in debt.
            assertEquals(503, Http.get(sparql(server, RUNAWAY), "Accept", "text/csv").statusCode(), "stopped at the timeout");
            HttpResponse<String> refused = Http.get(sparql(server, "ASK { ?s ?p ?o }"), "Accept", "text/csv");
            assertEquals(429, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("the query time of 0.1 s a minute for 127.0.0.1 is spent"), refused.body());
            long retry = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retry >= 400 && retry <= 700, "Retry-After says when the debt is paid: " + retry);
            assertEquals(429, Http.get(server.url("/page/norway")).statusCode(), "a page that must be described is charged too");
            for (String free : List.of(cached, server.url("/static/site.css"), server.url("/$/ping")))
                assertEquals(200, Http.get(free).statusCode(), free + " evaluates nothing, so it costs nothing");
        }
    }

    @Test
    void a_client_whose_queries_keep_failing_gets_429() {
        try (TestServer server = TestServer.over(TestServer.tinyProject(), Duration.ofSeconds(5), limits(8, 16, Duration.ofSeconds(60), 3))) {
            for (int i = 0; i < 4; i++)
                assertEquals(404, Http.get(server.url("/page/nothing-here")).statusCode(), "a resource that is not there is no failure");
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++)
                statuses.add(Http.get(sparql(server, "SELECT * WHERE { ?s ?p"), "Accept", "text/csv").statusCode());
            assertEquals(List.of(400, 400, 400, 429), statuses);
            HttpResponse<String> refused = Http.get(sparql(server, "ASK { ?s ?p ?o }"), "Accept", "text/csv");
            assertEquals(429, refused.statusCode());
            assertTrue(refused.body().contains("more than 3 failed queries a minute from 127.0.0.1"), refused.body());
            long retry = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retry >= 1 && retry <= 20, "a failure comes back every 20 s: " + retry);
        }
    }

    @Test
    void a_request_over_the_gate_waits_for_a_slot_in_a_short_queue() throws Exception {
        try (TestServer server = TestServer.over(TestServer.shippedProject(), Duration.ofSeconds(1), limits(1, 1, Duration.ofMinutes(10), 1000))) {
            // The runaway holds the one slot for a second; the light query behind it waits, then runs.
            CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> Http.get(sparql(server, RUNAWAY), "Accept", "text/csv"));
            Eventually.until(Duration.ofSeconds(10), () -> server.sparqlQueriesRunning() > 0, "the runaway holds the slot");
            long start = System.nanoTime();
            HttpResponse<String> light = Http.get(sparql(server, "ASK { ?s ?p ?o }"), "Accept", "text/csv");
            assertEquals(200, light.statusCode(), "queued behind the runaway, then answered: " + light.body());
            assertTrue(System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(100), "it waited for the slot");
            assertEquals(503, runaway.get(10, TimeUnit.SECONDS).statusCode(), "the runaway is stopped at the timeout");
        }
        try (TestServer server = TestServer.over(TestServer.shippedProject(), Duration.ofSeconds(5), limits(1, 1, Duration.ofMinutes(10), 1000))) {
            // With the slot and the one place in the queue taken, the next is refused at once.
            CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> Http.get(sparql(server, RUNAWAY), "Accept", "text/csv"));
            Eventually.until(Duration.ofSeconds(10), () -> server.sparqlQueriesRunning() > 0, "the runaway holds the slot");
            // Two more at once: one takes the one place in the queue and gives up after its 2 s,
            // the other finds the queue full and is refused at once. Which is which is the race.
            List<CompletableFuture<HttpResponse<String>>> two = List.of(
                    CompletableFuture.supplyAsync(() -> Http.get(sparql(server, "ASK { ?s ?p ?o }"), "Accept", "text/csv")),
                    CompletableFuture.supplyAsync(() -> Http.get(sparql(server, "ASK { ?s ?p ?o }"), "Accept", "text/csv")));
            List<String> why = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> f : two) {
                HttpResponse<String> r = f.get(10, TimeUnit.SECONDS);
                assertEquals(503, r.statusCode(), r.body());
                assertEquals("1", r.headers().firstValue("Retry-After").orElse(""), r.body());
                why.add(r.body().contains("the queue is full") ? "full" : r.body().contains("none finished within 2 s") ? "waited" : r.body());
            }
            assertEquals(List.of("full", "waited"), why.stream().sorted().toList());
            assertEquals(503, runaway.get(10, TimeUnit.SECONDS).statusCode());
        }
    }

    @Test
    void the_result_limit_is_announced_and_never_applied_silently() {
        try (TestServer server = TestServer.over(TestServer.tinyProject(), Duration.ofSeconds(5), new Limits(1 << 20, 8, 16, Duration.ofSeconds(60), 30, 3))) {
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
            // Errors too, ours ("/page/no-such-thing") and those of paths nothing serves.
            for (String path : List.of("/sparql", "/static/site.css", "/no/such/thing", "/page/no-such-thing", "/api/queries/no-such")) {
                var h = Http.get(server.url(path)).headers();
                assertTrue(h.firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), path);
                assertFalse(h.firstValue("Content-Security-Policy").orElse("").contains("unsafe-eval"), path);
                assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), path);
                assertEquals("strict-origin-when-cross-origin", h.firstValue("Referrer-Policy").orElse(""), path);
            }
        }
    }
}
