package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.eukg.export.RdfSyntax;
import no.eukg.linked.LinkedFixture;
import no.eukg.testing.Http;
import no.eukg.testing.RdfParsers;
import no.eukg.testing.TestServer;

/**
 * Behind a proxy: the server listens on localhost, its public base is https://kg.example.org/.
 * Redirects, Content-Location, links and IRIs must all use the public base, never localhost.
 */
class ProxyBaseIT {
    private static final String PUBLIC = "https://kg.example.org/";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.behindProxy(LinkedFixture.project(), PUBLIC, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void redirects_are_absolute_on_the_public_base() {
        HttpResponse<String> page = Http.get(server.local("/id/norway"), "Accept", "text/html");
        assertEquals(303, page.statusCode());
        assertEquals(PUBLIC + "page/norway", page.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> data = Http.get(server.local("/id/troms%C3%B8"), "Accept", "text/turtle");
        assertEquals(PUBLIC + "data/troms%C3%B8.ttl", data.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> dumps = Http.get(server.local("/dumps"));
        assertEquals(301, dumps.statusCode());
        assertEquals(PUBLIC + "dumps/", dumps.headers().firstValue("Location").orElseThrow());
        for (String link : page.headers().allValues("Link"))
            assertTrue(link.startsWith("<" + PUBLIC), link);
    }

    @Test
    void documents_name_themselves_and_their_subject_on_the_public_base() {
        HttpResponse<String> r = Http.get(server.local("/data/norway"), "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        assertEquals(PUBLIC + "data/norway.ttl", r.headers().firstValue("Content-Location").orElseThrow());
        for (String link : r.headers().allValues("Link"))
            // Every link is to a document here, but for the one to the resource the document describes.
            assertTrue(link.startsWith("<" + PUBLIC) || link.equals("<" + server.ns() + "id/norway>; rel=\"describes\""), link);
        Graph g = RdfParsers.parseBoth(r.body(), RdfSyntax.TURTLE).getDefaultGraph();
        // The document is on the public base; what it is about keeps its canonical IRI.
        assertTrue(g.contains(NodeFactory.createURI(server.ns() + "id/norway"), Node.ANY, Node.ANY));
        assertFalse(g.contains(NodeFactory.createURI(PUBLIC + "id/norway"), Node.ANY, Node.ANY));
        assertFalse(r.body().contains("localhost"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/page/norway", "/page/troms%C3%B8", "/", "/source", "/ontology", "/dumps/", "/search?q=norway"})
    void pages_never_link_to_localhost(String path) {
        HttpResponse<String> r = Http.get(server.local(path), "Accept", "text/html");
        assertEquals(200, r.statusCode(), path);
        assertFalse(r.body().contains("localhost"), path);
        assertFalse(r.body().contains("127.0.0.1"), path);
        assertTrue(r.body().contains(PUBLIC), path);
    }

    @Test
    void the_dataset_description_and_dump_list_use_the_public_base() {
        Graph v = RdfParsers.parseBoth(Http.get(server.local("/.well-known/void"), "Accept", "text/turtle").body(), RdfSyntax.TURTLE)
                .getDefaultGraph();
        assertTrue(v.contains(NodeFactory.createURI(server.ns() + "dataset"), VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(PUBLIC + "sparql")));
        assertTrue(v.contains(Node.ANY, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(server.ns() + "id/")));
        List<JsonValue> dumps = JSON.parse(Http.get(server.local("/dumps/index.json")).body()).get("dumps").getAsArray();
        for (JsonValue d : dumps)
            assertTrue(d.getAsObject().get("url").getAsString().value().startsWith(PUBLIC + "dumps/"));
    }
}
