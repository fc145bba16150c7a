package no.eukg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import no.eukg.testing.Http;
import no.eukg.testing.JarProcess;
import no.eukg.testing.RefusingPort;
import no.eukg.testing.TestServer;

/**
 * {@code --store sparql:URL} when the remote misbehaves: down, slow, or answering garbage. The
 * misbehaving remotes are real HTTP servers (the JDK's) that do exactly one wrong thing, or a
 * port that refuses connections; the recovery uses a real Jena Fuseki.
 */
class RemoteStoreFaultsIT {
    static final String ASK = "ASK { ?s ?p ?o }";
    /** A project with canned queries, so that the API is in front of the remote too. */
    static final Path QUERIES = Path.of("src/test/resources/queries-api/project");
    /** A request of every path family that reads the store. */
    static final List<String> READING_PATHS = List.of("/page/norway", "/data/norway.ttl", "/id/norway",
            "/search.json?q=norway", "/graph.json", "/explore", "/api/queries/label-search.csv?q=nor",
            "/api/queries/facts-by-modality.csv", "/sparql?query=" + URLEncoder.encode(ASK, StandardCharsets.UTF_8));

    private static HttpResponse<String> ask(TestServer front) {
        return Http.get(front.url("/sparql?query=") + URLEncoder.encode(ASK, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
    }

    @Test
    void a_remote_that_is_down_gives_502_and_recovery_when_it_returns() {
        try (RefusingPort remote = RefusingPort.bind();
             TestServer front = TestServer.over(TestServer.remoteStore(JarProcess.fusekiEndpoint(remote.port())), Duration.ofSeconds(5))) {
            HttpResponse<String> down = ask(front);
            assertEquals(502, down.statusCode(), down.body());
            assertTrue(down.body().contains("cannot be reached"), down.body());
            assertFalse(down.body().contains("\tat "), "no stack trace");

            DatasetGraph data = RDFParser.fromString("<http://example.org/a> <http://example.org/b> <http://example.org/c> .", Lang.NTRIPLES)
                    .toDatasetGraph();
            // The store returns on the very port the front was refused on. Fuseki runs in this JVM
            // so that the port is let go only for the moment between the refusing socket's close
            // and Fuseki's bind (a separate Fuseki would take seconds to start, leaving the port
            // free for anything to take meanwhile).
            FusekiServer fuseki = FusekiServer.create().loopback(true).port(remote.port()).add("/ds", data).build();
            remote.close();
            fuseki.start();
            try {
                HttpResponse<String> back = ask(front);
                assertEquals(200, back.statusCode(), back.body());
                assertTrue(back.body().contains("true"));
            } finally {
                fuseki.stop();
            }
        }
    }

    @Test
    void ping_says_the_process_lives_and_ready_says_whether_the_store_answers() {
        try (TestServer local = TestServer.over(TestServer.tinyProject(), Duration.ofSeconds(5))) {
            HttpResponse<String> ready = Http.get(local.url("/$/ready"));
            assertEquals(200, ready.statusCode(), ready.body());
            assertEquals("ready\n", ready.body());
            assertEquals("no-store", ready.headers().firstValue("Cache-Control").orElse(""), "a probe is never answered from a cache");
        }
        try (RefusingPort remote = RefusingPort.bind();
             TestServer front = TestServer.over(TestServer.remoteStore(JarProcess.fusekiEndpoint(remote.port())), Duration.ofSeconds(5))) {
            assertEquals(200, Http.get(front.url("/$/ping")).statusCode(), "the process lives");
            HttpResponse<String> ready = Http.get(front.url("/$/ready"));
            assertEquals(503, ready.statusCode(), "a load balancer takes this copy out: " + ready.body());
            assertTrue(ready.body().contains("not ready: the SPARQL store cannot be reached"), ready.body());
            assertFalse(ready.body().contains(Integer.toString(remote.port())), "the store's address is not told: " + ready.body());
        }
    }

    @Test
    void a_remote_that_is_down_gives_502_on_every_path_family_and_names_neither_itself_nor_the_query() {
        try (RefusingPort remote = RefusingPort.bind();
             TestServer front = TestServer.over(TestServer.remoteStore(JarProcess.fusekiEndpoint(remote.port())), QUERIES, Duration.ofSeconds(5))) {
            for (String path : READING_PATHS) {
                HttpResponse<String> r = Http.get(front.url(path), "Accept", path.startsWith("/id/") ? "text/turtle" : "*/*");
                assertEquals(502, r.statusCode(), path + ": " + r.body());
                assertTrue(r.body().contains("cannot be reached"), path + ": " + r.body());
                assertTellsNothingOfTheRemote(path, r.body(), Integer.toString(remote.port()));
            }
        }
    }

    @Test
    void a_slow_remote_gives_504_at_the_timeout_on_every_path_family() throws Exception {
        HttpServer slow = remote(exchange -> {
            sleep(5000);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        try (TestServer front = TestServer.over(TestServer.remoteStore(url(slow)), QUERIES, Duration.ofSeconds(1))) {
            for (String path : List.of("/sparql?query=" + URLEncoder.encode(ASK, StandardCharsets.UTF_8), "/page/norway",
                    "/data/norway.ttl", "/graph.json", "/api/queries/label-search.csv?q=nor")) {
                long start = System.nanoTime();
                HttpResponse<String> r = Http.get(front.url(path), "Accept", "*/*");
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(504, r.statusCode(), path + ": " + r.body());
                assertTrue(r.body().contains("did not answer within 1 s"), path + ": " + r.body());
                assertTellsNothingOfTheRemote(path, r.body(), Integer.toString(slow.getAddress().getPort()));
                assertTrue(millis < 4000, path + " answered after " + millis + " ms");
            }
        } finally {
            slow.stop(0);
        }
    }

    @Test
    void a_remote_answering_garbage_gives_502() throws Exception {
        HttpServer garbage = remote(exchange -> {
            byte[] body = "{ this is not SPARQL results".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        try (TestServer front = TestServer.over(TestServer.remoteStore(url(garbage)), Duration.ofSeconds(5))) {
            HttpResponse<String> r = Http.get(front.url("/sparql?query=") + URLEncoder.encode("SELECT * { ?s ?p ?o }", StandardCharsets.UTF_8),
                    "Accept", "text/csv");
            assertEquals(502, r.statusCode(), r.body());
            assertTrue(r.body().contains("failed"), r.body());
            HttpResponse<String> page = Http.get(front.url("/page/norway"));
            assertEquals(502, page.statusCode(), page.body());
            assertTellsNothingOfTheRemote("/page/norway", page.body(), Integer.toString(garbage.getAddress().getPort()));
        } finally {
            garbage.stop(0);
        }
    }

    @Test
    void a_long_query_goes_to_the_remote_as_a_form_and_a_short_one_as_get() throws Exception {
        // What the remote was sent; it answers every request with an ASK result, as any endpoint would.
        List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        HttpServer server = remote(e -> {
            seen.add(e.getRequestMethod() + " " + Objects.requireNonNullElse(e.getRequestHeaders().getFirst("Content-Type"), "-"));
            e.getRequestBody().readAllBytes();
            byte[] body = "{ \"head\": {}, \"boolean\": true }".getBytes(StandardCharsets.UTF_8);
            e.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            e.sendResponseHeaders(200, body.length);
            e.getResponseBody().write(body);
            e.close();
        });
        try {
            RemoteStore store = TestServer.remoteStore(url(server));
            store.layout();
            seen.clear();
            String padding = "x".repeat(3000);
            try (var exec = store.query(org.apache.jena.query.QueryFactory.create("ASK { FILTER(\"" + padding + "\" != \"\") }")).build()) {
                assertTrue(exec.ask());
            }
            try (var exec = store.query(org.apache.jena.query.QueryFactory.create("ASK {}")).build()) {
                assertTrue(exec.ask());
            }
            assertEquals(2, seen.size(), seen.toString());
            assertTrue(seen.get(0).startsWith("POST application/x-www-form-urlencoded"),
                    "a long query as a form (Virtuoso never answers application/sparql-query): " + seen);
            assertTrue(seen.get(1).startsWith("GET"), seen.toString());
        } finally {
            server.stop(0);
        }
    }

    /** A client is told what failed, never where the store is, what was asked of it, or a stack trace. */
    private static void assertTellsNothingOfTheRemote(String path, String body, String remotePort) {
        assertFalse(body.contains(remotePort), path + " names the remote: " + body);
        for (String queryText : List.of("SELECT", "CONSTRUCT", "DESCRIBE", "WHERE"))
            assertFalse(body.contains(queryText), path + " echoes a query: " + body);
        assertFalse(body.contains("\tat ") || body.contains("Exception"), path + " shows a stack trace: " + body);
    }

    private interface Handler { void handle(com.sun.net.httpserver.HttpExchange e) throws IOException; }

    private static HttpServer remote(Handler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", handler::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return server;
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
