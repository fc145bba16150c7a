package no.eukg.web.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.eukg.export.graph.GraphFixtures;
import no.eukg.export.graph.GraphView;
import no.eukg.graph.LocalStore;
import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;
import no.eukg.graph.RemoteStore;
import no.eukg.testing.BareFuseki;
import no.eukg.testing.Http;
import no.eukg.testing.JarProcess;
import no.eukg.testing.TestServer;

/** The graph exports when the publisher fronts an unmodified Fuseki ({@code --store sparql:URL}). */
class GraphExportRemoteIT {
    @TempDir static Path dir;
    private static BareFuseki fuseki;
    private static TestServer front;
    private static LocalStore local;

    @BeforeAll
    static void start() throws Exception {
        var graph = ProjectGraph.load(new ProjectFiles(GraphFixtures.project()));
        local = new LocalStore(graph, "mem", () -> { });
        fuseki = JarProcess.bareFuseki(dir, graph);
        front = TestServer.over(TestServer.remoteStore(fuseki.endpoint()), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        if (front != null) front.close();
        if (fuseki != null) fuseki.close();
    }

    @Test
    void the_remote_graph_exports_whole_with_provenance() throws Exception {
        var r = Http.get(front.url("/graph.json"));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject elements = JSON.parse(r.body()).get("elements").getAsObject();
        assertEquals(GraphFixtures.expectedNodes(local, GraphFixtures.BASE, GraphView.FACTS), elements.get("nodes").getAsArray().size());
        assertEquals(GraphFixtures.expectedEdges(local, GraphFixtures.BASE, GraphView.FACTS), elements.get("edges").getAsArray().size());
        JsonObject planned = null;
        for (JsonValue e : elements.get("edges").getAsArray()) {
            JsonObject d = e.getAsObject().get("data").getAsObject();
            if (d.get("source").getAsString().value().equals(GraphFixtures.BASE + "id/iceland"))
                planned = d;
        }
        assertTrue(planned != null, "no edge from Iceland");
        assertEquals(GraphFixtures.BASE + "id/source/s2", planned.get("sentences").getAsArray().get(0).getAsString().value());
        assertEquals("planned", planned.get("modality").getAsArray().get(0).getAsString().value());

        var gexf = Http.get(front.url("/graph.gexf"));
        assertEquals(List.of(), GraphFixtures.schemaErrors(GraphFixtures.GEXF_XSD, gexf.body().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_construct_through_the_front_comes_back_as_graphml() throws Exception {
        String query = "CONSTRUCT WHERE { ?a <" + GraphFixtures.BASE + "ontology#cooperatesWith> ?b }";
        var r = Http.get(front.url("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)), "Accept", "application/graphml+xml");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of(), GraphFixtures.schemaErrors(GraphFixtures.GRAPHML_XSD, r.body().getBytes(StandardCharsets.UTF_8)));
        assertTrue(r.body().contains(">European Union<"), "labels from the remote store");
    }

    @Test
    void the_explorer_works_in_front_of_a_remote_store() {
        var r = Http.get(front.url("/explore"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("data-start=\"" + GraphFixtures.BASE + "id/norway\""));
    }
}
