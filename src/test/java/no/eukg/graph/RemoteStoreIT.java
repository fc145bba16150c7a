package no.eukg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.eukg.testing.BareFuseki;
import no.eukg.testing.Http;
import no.eukg.testing.JarProcess;
import no.eukg.testing.TestServer;

/**
 * {@code --store sparql:URL}: the publisher as a stateless front over a separately started,
 * unmodified Apache Jena Fuseki holding the graph.
 */
class RemoteStoreIT {
    @TempDir static Path dir;
    private static BareFuseki fuseki;
    private static TestServer front;
    private static final String NS = new ProjectFiles(TestServer.tinyProject()).namespace().iri();

    @BeforeAll
    static void start() throws Exception {
        DatasetGraph graph = ProjectGraph.load(new ProjectFiles(TestServer.tinyProject()));
        fuseki = JarProcess.bareFuseki(dir, graph);
        front = TestServer.over(TestServer.remoteStore(fuseki.endpoint()), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        if (front != null) front.close();
        if (fuseki != null) fuseki.close();
    }

    @Test
    void queries_are_answered_by_the_remote_store_in_the_format_asked() {
        String query = "SELECT ?s WHERE { ?s a <" + NS + "ontology#Country> } ORDER BY ?s";
        var r = Http.get(front.url("/sparql?query=") + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("s\r\n" + NS + "id/iceland\r\n" + NS + "id/norway\r\n", r.body());
    }

    @Test
    void construct_through_the_front_is_turtle() {
        String query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?s = <" + NS + "id/norway>) }";
        var r = Http.get(front.url("/sparql?query=") + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        assertTrue(r.body().contains("\"Norge\"@nb"), r.body());
    }

    @Test
    void the_service_description_counts_the_remote_triples() {
        var r = Http.get(front.url("/sparql"), "Accept", "application/n-triples");
        assertEquals(200, r.statusCode());
        long local = ProjectGraph.load(new ProjectFiles(TestServer.tinyProject())).getDefaultGraph().size();
        assertTrue(r.body().contains("\"" + local + "\"^^<http://www.w3.org/2001/XMLSchema#integer>"), r.body());
    }

    @Test
    void two_fronts_over_the_same_store_give_the_same_etags() {
        // A load balancer may send a revalidation to either copy: both must know the same version.
        try (TestServer other = TestServer.over(TestServer.remoteStore(fuseki.endpoint()), Duration.ofSeconds(5))) {
            for (String path : List.of("/page/norway", "/api/queries", "/graph.graphml", "/.well-known/void")) {
                String a = Http.get(front.url(path)).headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + ": no ETag"));
                String b = Http.get(other.url(path)).headers().firstValue("ETag").orElseThrow();
                assertEquals(a, b, path);
                assertFalse(a.contains("unknown"), a);
            }
        }
    }

    @Test
    void a_front_for_another_namespace_than_the_store_holds_does_not_start() {
        // The shipped project names its graph under https://w3id.org/norway-eu-kg/; this store holds the tiny one's.
        StoreException e = assertThrows(StoreException.class, () -> TestServer.over(
                new RemoteStore(fuseki.endpoint(), new ProjectFiles(TestServer.shippedProject()).namespace()),
                TestServer.shippedProject(), Duration.ofSeconds(5)));
        assertTrue(e.getMessage().contains("holds no resource under https://w3id.org/norway-eu-kg/id/"), e.getMessage());
    }

    @Test
    void updates_through_the_front_are_refused() {
        var r = Http.post(front.url("/sparql"), "application/sparql-update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
    }
}
