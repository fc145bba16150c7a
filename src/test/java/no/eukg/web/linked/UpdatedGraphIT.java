package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;

import no.eukg.export.RdfSyntax;
import no.eukg.linked.LinkedFixture;
import no.eukg.testing.Http;
import no.eukg.testing.RdfParsers;
import no.eukg.testing.TestServer;
import no.eukg.web.UpdateAccess;

/** With updates turned on, no cached description, count, dump, index entry or ETag outlives an update. */
class UpdatedGraphIT {
    private static final String PASSWORD = "correct-horse-battery-staple";

    @Test
    void after_an_update_pages_data_search_void_and_dumps_show_the_new_graph() {
        try (TestServer server = TestServer.withUpdates(LinkedFixture.project(), Duration.ofSeconds(10),
                new UpdateAccess("editor", PASSWORD))) {
            String norway = server.ns() + "id/norway";
            HttpResponse<String> before = Http.get(server.url("/data/norway.ttl"));
            String etag = before.headers().firstValue("ETag").orElseThrow();
            long triples = triples(server);
            assertFalse(before.body().contains("Nordmannland"));
            assertFalse(Http.get(server.url("/search.json?q=Nordmannland")).body().contains(norway));
            String dumpSha = Http.get(server.url("/dumps/index.json")).body();

            String insert = "INSERT DATA { <" + norway + "> <http://www.w3.org/2000/01/rdf-schema#label> \"Nordmannland\"@en }";
            HttpResponse<String> update = Http.post(server.url("/update"), "application/sparql-update", insert,
                    "Authorization", "Basic " + Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            assertTrue(update.statusCode() == 200 || update.statusCode() == 204, update.statusCode() + " " + update.body());

            HttpResponse<String> after = Http.get(server.url("/data/norway.ttl"), "If-None-Match", etag);
            assertEquals(200, after.statusCode(), "the old ETag no longer matches");
            assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
            Graph g = RdfParsers.parseBoth(after.body(), RdfSyntax.TURTLE).getDefaultGraph();
            assertTrue(g.contains(NodeFactory.createURI(norway), Node.ANY, NodeFactory.createLiteralLang("Nordmannland", "en")));
            assertTrue(Http.get(server.url("/search.json?q=Nordmannland")).body().contains(norway), "the index was rebuilt");
            assertEquals(triples + 1, triples(server));
            assertNotEquals(dumpSha, Http.get(server.url("/dumps/index.json")).body());
        }
    }

    private static long triples(TestServer server) {
        Graph v = RdfParsers.parseBoth(Http.get(server.url("/.well-known/void"), "Accept", "text/turtle").body(), RdfSyntax.TURTLE)
                .getDefaultGraph();
        return Long.parseLong(v.find(NodeFactory.createURI(server.ns() + "dataset"), VOID.triples.asNode(), Node.ANY)
                .next().getObject().getLiteralLexicalForm());
    }
}
