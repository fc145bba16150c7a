package no.eukg.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import no.eukg.testing.Http;
import no.eukg.testing.TestServer;
import no.eukg.web.UpdateAccess;

/**
 * With updates turned on, the canned-query answers and the graph exports follow the dataset
 * version as linked data does: after an update no cached answer, allowed value or ETag of the
 * old version is served.
 */
class UpdatedAnswersIT {
    private static final String PASSWORD = "correct-horse-battery-staple";

    @Test
    void after_an_update_canned_queries_enumerations_and_graph_exports_show_the_new_graph() {
        try (TestServer server = TestServer.withUpdates(QueryApiIT.PROJECT, Duration.ofSeconds(10),
                new UpdateAccess("editor", PASSWORD))) {
            String search = server.url("/api/queries/label-search.csv?q=nordmann");
            String rumoured = server.url("/api/queries/facts-by-modality.csv?modality="
                    + URLEncoder.encode(server.ns() + "ontology#Rumoured", StandardCharsets.UTF_8));
            String graph = server.url("/graph.json?view=all");

            HttpResponse<String> searchBefore = Http.get(search);
            assertEquals(200, searchBefore.statusCode(), searchBefore.body());
            assertFalse(searchBefore.body().contains("Nordmannland"), searchBefore.body());
            String searchTag = searchBefore.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> rumouredBefore = Http.get(rumoured);
            assertEquals(400, rumouredBefore.statusCode(), "no fact is rumoured yet: " + rumouredBefore.body());
            HttpResponse<String> graphBefore = Http.get(graph);
            assertEquals(200, graphBefore.statusCode(), graphBefore.body());
            assertFalse(graphBefore.body().contains("Nordmannland"));
            String graphTag = graphBefore.headers().firstValue("ETag").orElseThrow();

            String ns = server.ns();
            String insert = "PREFIX ex: <" + ns + "ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> INSERT DATA {"
                    + " <" + ns + "id/nordmannland> a ex:Country ; rdfs:label \"Nordmannland\"@en ."
                    + " <" + ns + "id/norway> ex:cooperatesWith <" + ns + "id/nordmannland> ."
                    + " <" + ns + "id/fact/rumour> a ex:Fact ; ex:modality ex:Rumoured . }";
            HttpResponse<String> update = Http.post(server.url("/update"), "application/sparql-update", insert,
                    "Authorization", "Basic " + Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            assertTrue(update.statusCode() == 200 || update.statusCode() == 204, update.statusCode() + " " + update.body());

            HttpResponse<String> searchAfter = Http.get(search, "If-None-Match", searchTag);
            assertEquals(200, searchAfter.statusCode(), "the old ETag of the canned query no longer matches");
            assertNotEquals(searchTag, searchAfter.headers().firstValue("ETag").orElseThrow());
            assertTrue(searchAfter.body().contains("Nordmannland"), "the canned query answers from the new graph: " + searchAfter.body());

            HttpResponse<String> rumouredAfter = Http.get(rumoured);
            assertEquals(200, rumouredAfter.statusCode(), "the graph's modalities were read again: " + rumouredAfter.body());
            assertTrue(rumouredAfter.body().contains(ns + "id/fact/rumour"), rumouredAfter.body());

            HttpResponse<String> graphAfter = Http.get(graph, "If-None-Match", graphTag);
            assertEquals(200, graphAfter.statusCode(), "the old ETag of the export no longer matches");
            assertNotEquals(graphTag, graphAfter.headers().firstValue("ETag").orElseThrow());
            assertTrue(graphAfter.body().contains("Nordmannland"), "the export is drawn from the new graph");
        }
    }
}
