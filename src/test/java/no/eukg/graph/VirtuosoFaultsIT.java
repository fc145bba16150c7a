package no.eukg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.eukg.linked.SparqlLabelSearch;
import no.eukg.testing.Eventually;
import no.eukg.testing.Http;
import no.eukg.testing.TestServer;
import no.eukg.testing.Virtuoso;

/**
 * The publisher in front of a real Virtuoso that stops, comes back, freezes and thaws: every path
 * family answers {@code 502} while it is down, {@code 504} while it is frozen, and recovers by
 * itself; {@code /$/ready} tells a load balancer, {@code /$/ping} stays the process's liveness.
 */
class VirtuosoFaultsIT {
    @TempDir static Path dir;

    @Test
    void stopped_gives_502_frozen_gives_504_and_both_recover() throws Exception {
        ProjectFiles project = new ProjectFiles(RemoteStoreFaultsIT.QUERIES);
        Path dump = dir.resolve("graph.nq");
        try (var out = java.nio.file.Files.newOutputStream(dump)) {
            RDFDataMgr.write(out, ProjectGraph.load(project), RDFFormat.NQUADS);
        }
        try (Virtuoso virtuoso = Virtuoso.start(dir.resolve("virtuoso"), 10_000)) {
            virtuoso.load(dump, project.namespace().defaultGraph());
            try (TestServer front = TestServer.over(TestServer.remoteStore(virtuoso.endpoint()), RemoteStoreFaultsIT.QUERIES, Duration.ofSeconds(2))) {
                assertEquals(200, Http.get(front.url("/$/ready")).statusCode());
                assertFalse(new SparqlLabelSearch(front.store(), Duration.ofSeconds(5)).usesTextIndex(),
                        "without Virtuoso's text index, search scans");

                virtuoso.stop();
                for (String path : RemoteStoreFaultsIT.READING_PATHS) {
                    HttpResponse<String> r = Http.get(front.url(path + (path.contains("?") ? "&" : "?") + "_=down"), "Accept", accept(path));
                    assertEquals(502, r.statusCode(), path + ": " + r.body());
                    assertFalse(r.body().contains(virtuoso.endpoint().replaceFirst("/sparql$", "")), path + " names the store: " + r.body());
                }
                assertEquals(503, Http.get(front.url("/$/ready")).statusCode());
                assertEquals(200, Http.get(front.url("/$/ping")).statusCode());

                virtuoso.restart();
                for (String path : RemoteStoreFaultsIT.READING_PATHS)
                    Eventually.until(Duration.ofSeconds(30), () -> Http.get(front.url(path), "Accept", accept(path)).statusCode() / 100 == 2
                            || path.startsWith("/id/"), path + " to answer again");
                assertEquals(200, Http.get(front.url("/$/ready")).statusCode());

                virtuoso.freeze();
                try {
                    // Paths not asked before: an answer already cached is served without the store.
                    for (String path : java.util.List.of("/page/eu", "/sparql?query=ASK%7B%3Fs%3Fp%22frozen%22%7D")) {
                        long start = System.nanoTime();
                        HttpResponse<String> r = Http.get(front.url(path));
                        long ms = (System.nanoTime() - start) / 1_000_000;
                        assertEquals(504, r.statusCode(), path + ": " + r.body());
                        assertTrue(r.body().contains("did not answer within 2 s"), r.body());
                        assertTrue(ms < 10_000, path + " answered at the timeout, not when the store came back: " + ms + " ms");
                    }
                    assertEquals(503, Http.get(front.url("/$/ready")).statusCode());
                } finally {
                    virtuoso.thaw();
                }
                Eventually.until(Duration.ofSeconds(30), () -> Http.get(front.url("/page/eu")).statusCode() == 200, "pages after the thaw");
            }
        }
    }

    private static String accept(String path) {
        return path.startsWith("/id/") ? "text/turtle" : "*/*";
    }
}
