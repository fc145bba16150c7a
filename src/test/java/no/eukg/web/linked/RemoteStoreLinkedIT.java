package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.eukg.export.RdfSyntax;
import no.eukg.graph.RemoteStore;
import no.eukg.linked.LinkedFixture;
import no.eukg.testing.Http;
import no.eukg.testing.RdfParsers;
import no.eukg.testing.TestServer;

/**
 * The linked-data pages over a remote store: a second publisher that holds no data and queries
 * the first one's SPARQL endpoint (with the first one's base, as a deployment would).
 */
class RemoteStoreLinkedIT {
    private static TestServer origin;
    private static TestServer front;

    @BeforeAll
    static void start() {
        origin = TestServer.over(LinkedFixture.project(), Duration.ofSeconds(10));
        front = TestServer.over(TestServer.remoteStore(origin.url("/sparql")), origin.base(), Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        front.close();
        origin.close();
    }

    @Test
    void descriptions_and_pages_come_through_the_remote_endpoint() {
        HttpResponse<String> data = Http.get(front.local("/data/norway.ttl"));
        assertEquals(200, data.statusCode());
        Graph g = RdfParsers.parseBoth(data.body(), RdfSyntax.TURTLE).getDefaultGraph();
        Node norway = NodeFactory.createURI(origin.ns() + "id/norway");
        assertTrue(g.contains(norway, NodeFactory.createURI(origin.ns() + "ontology#cooperatesWith"), NodeFactory.createURI(origin.ns() + "id/eu")));
        String page = Http.get(front.local("/page/norway")).body();
        assertTrue(page.contains("<mark>Norway</mark> cooperates closely"), page);
        assertEquals(404, Http.get(front.local("/page/atlantis")).statusCode());
        assertTrue(Http.get(front.local("/source")).body().contains("id=\"s3\""));
        assertTrue(Http.get(front.local("/ontology"), "Accept", "text/html").body().contains("id=\"Country\""));
    }

    @Test
    void search_falls_back_to_sparql_and_still_ranks_the_exact_label_first() {
        var results = JSON.parse(Http.get(front.local("/search.json?q=Norge")).body()).get("results").getAsArray();
        assertEquals(origin.ns() + "id/norway", results.get(0).getAsObject().get("iri").getAsString().value());
    }

    @Test
    void dumps_of_the_remote_store_are_the_same_graph() {
        DatasetGraph local = RdfParsers.parseBoth(Http.getBytes(origin.url("/dumps/dataset.nq")).body(), RdfSyntax.NQUADS);
        DatasetGraph remote = RdfParsers.parseBoth(Http.getBytes(front.local("/dumps/dataset.nq")).body(), RdfSyntax.NQUADS);
        assertTrue(IsoMatcher.isomorphic(local, remote));
    }
}
