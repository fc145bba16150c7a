package no.eukg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;
import no.eukg.graph.Tdb2Stores;
import no.eukg.testing.Http;
import no.eukg.testing.TestServer;
import no.eukg.web.UpdateAccess;

/**
 * jena-text's {@code text:query} at {@code /sparql}, over the label index {@code /search} uses,
 * for both local stores, and kept current by an update.
 */
class SparqlTextQueryIT {
    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final String TEXT = "PREFIX text: <http://jena.apache.org/text#> ";

    private static HttpResponse<String> select(TestServer server, String where) {
        String query = TEXT + "SELECT ?s WHERE { " + where + " }";
        return Http.get(server.localUrl("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)), "Accept", "text/csv");
    }

    private static void findsNorway(TestServer server) {
        HttpResponse<String> r = select(server, "?s text:query \"Norway\"");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(server.ns() + "id/norway"), r.body());
        assertFalse(r.body().contains(server.ns() + "id/iceland"), r.body());
        // Folded as /search folds: lower case, without diacritics, a prefix, in Norwegian.
        assertTrue(select(server, "?s text:query \"norg*\"").body().contains(server.ns() + "id/norway"));
    }

    @Test
    void text_query_finds_the_entity_over_the_in_memory_store() {
        try (TestServer server = TestServer.over(TestServer.tinyProject(), Duration.ofSeconds(5))) {
            findsNorway(server);
        }
    }

    @Test
    void text_query_finds_the_entity_over_a_tdb2_store(@TempDir Path tmp) {
        Path db = tmp.resolve("db");
        Tdb2Stores.load(db, Tdb2Stores.Source.dataset(ProjectGraph.load(new ProjectFiles(TestServer.tinyProject()))), Tdb2Stores.Progress.NONE);
        try (TestServer server = TestServer.over(Tdb2Stores.open(db), Duration.ofSeconds(5))) {
            findsNorway(server);
        }
    }

    @Test
    void an_update_reaches_text_query_and_search_alike() {
        try (TestServer server = TestServer.withUpdates(TestServer.tinyProject(), Duration.ofSeconds(10), new UpdateAccess("editor", PASSWORD))) {
            String norway = server.ns() + "id/norway";
            String label = "<" + norway + "> <http://www.w3.org/2000/01/rdf-schema#label> \"Nordmannland\"@en";
            assertFalse(select(server, "?s text:query \"Nordmannland\"").body().contains(norway));

            update(server, "INSERT DATA { " + label + " }");
            assertTrue(select(server, "?s text:query \"Nordmannland\"").body().contains(norway), "text:query sees the new label");
            assertTrue(Http.get(server.localUrl("/search.json?q=Nordmannland")).body().contains(norway), "so does /search");

            update(server, "DELETE DATA { " + label + " }");
            assertFalse(select(server, "?s text:query \"Nordmannland\"").body().contains(norway), "the deleted label is gone from the index");
        }
    }

    private static void update(TestServer server, String update) {
        HttpResponse<String> r = Http.post(server.localUrl("/update"), "application/sparql-update", update,
                "Authorization", "Basic " + Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
    }
}
