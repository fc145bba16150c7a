package no.eukg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.eukg.graph.RemoteStore;
import no.eukg.testing.Http;
import no.eukg.testing.RawHttp;
import no.eukg.testing.TestServer;

/**
 * The Graph Store Protocol at {@code /sparql}, read-only, as a Fuseki user finds it at a dataset's
 * URL: {@code GET ?default} and {@code GET ?graph=IRI} answer the graph, not the service
 * description; writes are refused with 405; over a remote store, reads are refused with a reason.
 */
class SparqlGraphStoreIT {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.over(TestServer.tinyProject(), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String fact() {
        return server.ns() + "id/fact/norway-cooperates-with-eu";
    }

    /** A copy of a graph of the store, read inside a transaction. */
    private static Model stored(java.util.function.Function<org.apache.jena.sparql.core.DatasetGraph, Graph> which) {
        var dsg = server.store().dataset();
        return Txn.calculateRead(dsg, () -> ModelFactory.createDefaultModel().add(ModelFactory.createModelForGraph(which.apply(dsg))));
    }

    private static Model parse(HttpResponse<String> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        return m;
    }

    @Test
    void get_default_answers_the_default_graph_in_turtle() {
        HttpResponse<String> r = Http.get(server.url("/sparql?default"), "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(parse(r, Lang.TURTLE).isIsomorphicWith(stored(dsg -> dsg.getDefaultGraph())), r.body());
    }

    @Test
    void get_graph_answers_that_named_graph_by_accept() {
        HttpResponse<String> r = Http.get(server.url("/sparql?graph=" + URLEncoder.encode(fact(), StandardCharsets.UTF_8)),
                "Accept", "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        Model expected = stored(dsg -> dsg.getGraph(NodeFactory.createURI(fact())));
        Model got = parse(r, Lang.NTRIPLES);
        assertEquals(1, got.size(), r.body());
        assertTrue(got.isIsomorphicWith(expected), r.body());
    }

    @Test
    void an_unknown_graph_is_404() {
        HttpResponse<String> r = Http.get(server.url("/sparql?graph=" + URLEncoder.encode("urn:x:none", StandardCharsets.UTF_8)),
                "Accept", "text/turtle");
        assertEquals(404, r.statusCode(), r.body());
    }

    @Test
    void head_of_a_graph_answers_without_a_body() {
        HttpResponse<String> r = Http.method("HEAD", server.url("/sparql?default"), null, null, "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
    }

    @Test
    void writes_are_405_saying_the_graph_store_is_read_only() {
        int port = URI.create(server.base()).getPort();
        byte[] turtle = "<urn:x:a> <urn:x:b> <urn:x:c> .".getBytes(StandardCharsets.UTF_8);
        String[] asTurtle = {"Content-Type", "text/turtle", "Accept", "text/plain"};
        for (RawHttp.Response r : new RawHttp.Response[] {
                RawHttp.send(port, "PUT", "/sparql?default", asTurtle, turtle),
                RawHttp.send(port, "POST", "/sparql?graph=urn:x:g", asTurtle, turtle),
                RawHttp.send(port, "DELETE", "/sparql?graph=" + URLEncoder.encode(fact(), StandardCharsets.UTF_8), new String[] {"Accept", "text/plain"}, null)}) {
            assertEquals(405, r.status(), r.body());
            assertTrue(r.body().contains("read-only"), r.body());
            assertEquals("get, head, post, options", r.header("Allow"), "RawHttp lower-cases the headers");
        }
        assertEquals(200, Http.get(server.url("/sparql?graph=" + URLEncoder.encode(fact(), StandardCharsets.UTF_8))).statusCode(),
                "the graph is still there");
    }

    @Test
    void over_a_remote_store_graph_reads_are_refused_with_a_reason() {
        try (TestServer front = TestServer.over(TestServer.remoteStore(server.url("/sparql")), Duration.ofSeconds(5))) {
            HttpResponse<String> r = Http.get(front.url("/sparql?default"), "Accept", "text/turtle");
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("CONSTRUCT"), r.body());
        }
    }
}
