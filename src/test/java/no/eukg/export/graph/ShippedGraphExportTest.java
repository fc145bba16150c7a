package no.eukg.export.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import no.eukg.graph.Namespace;
import no.eukg.graph.ProjectFiles;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import no.eukg.graph.Store;

/** The graph this repository ships, in every graph format: valid, drawable, and complete. */
class ShippedGraphExportTest {
    private static final Namespace NAMESPACE = new ProjectFiles(Path.of(".")).namespace();
    private static final String BASE = NAMESPACE.iri();
    private static Store store;

    @BeforeAll
    static void load() {
        store = GraphFixtures.store(Path.of("."));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static byte[] export(GraphFormat format, GraphView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphExports.write(store, NAMESPACE, format, "en", view, out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0} view")
    @EnumSource(GraphView.class)
    void graphml_and_gexf_validate_and_dot_renders(GraphView view) throws Exception {
        assertEquals(List.of(), GraphFixtures.schemaErrors(GraphFixtures.GRAPHML_XSD, export(GraphFormat.GRAPHML, view)));
        assertEquals(List.of(), GraphFixtures.schemaErrors(GraphFixtures.GEXF_XSD, export(GraphFormat.GEXF, view)));
        long[] read = GraphFixtures.dotCounts(export(GraphFormat.DOT, view));
        assertEquals(GraphFixtures.expectedNodes(store, BASE, view), read[0], "nodes");
        assertEquals(GraphFixtures.expectedEdges(store, BASE, view), read[1], "edges");
    }

    @Test
    void the_facts_view_renders_as_the_readme_picture_does() throws Exception {
        // As bench/graph-picture draws docs/graph.svg; the whole "all" view is too big to lay out in a test.
        GraphFixtures.Rendered svg = GraphFixtures.renderDot(export(GraphFormat.DOT, GraphView.FACTS), "svg");
        assertEquals(0, svg.exit(), svg.err());
        assertTrue(svg.out().contains("<svg") && svg.out().contains(">Norway<"), "Norway is not in the picture");
    }

    @Test
    void norway_is_there_with_neighbours_and_every_fact_edge_has_a_sentence() {
        PropertyGraph facts = new StoreGraphs(store, NAMESPACE, null).graph(GraphView.FACTS, "en");
        GraphNode norway = facts.node(BASE + "id/norway").orElseThrow();
        assertTrue(norway.degree() >= 10, "Norway has only " + norway.degree() + " relations");
        long withFacts = facts.edges().stream().filter(e -> !e.facts().isEmpty()).count();
        assertTrue(withFacts > facts.edgeCount() / 2, withFacts + " of " + facts.edgeCount() + " edges come from facts");
        facts.edges().stream().filter(e -> !e.facts().isEmpty()).forEach(e -> {
            assertTrue(!e.sentences().isEmpty(), "no sentence for " + e);
            assertTrue(!e.modalities().isEmpty(), "no modality for " + e);
        });
        String cyjs = new String(export(GraphFormat.CYJS, GraphView.FACTS), StandardCharsets.UTF_8);
        assertEquals(facts.nodeCount(), JSON.parse(cyjs).get("elements").getAsObject().get("nodes").getAsArray().size());
    }
}
