package no.eukg.export.graph;

import static no.eukg.export.graph.GraphFixtures.BASE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import no.eukg.graph.Store;

/** The graph exports of the fixture project, checked with real parsers, the schemas and Graphviz. */
class GraphExportsTest {
    private static final String ID = BASE + "id/";
    private static final String NKG = BASE + "ontology#";
    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF_NS = "http://gexf.net/1.3";
    private static Store store;

    @BeforeAll
    static void load() {
        store = GraphFixtures.store();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static byte[] export(String format, String lang, GraphView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphExports.write(store, GraphFixtures.NAMESPACE, GraphFormat.byId(format).orElseThrow(), lang, view, out);
        return out.toByteArray();
    }

    private static long expectedNodes(GraphView view) {
        return GraphFixtures.expectedNodes(store, BASE, view);
    }

    private static long expectedEdges(GraphView view) {
        return GraphFixtures.expectedEdges(store, BASE, view);
    }

    @ParameterizedTest(name = "{0} view")
    @EnumSource(GraphView.class)
    void graphml_validates_against_the_graphml_schema(GraphView view) throws Exception {
        byte[] graphml = export("graphml", "en", view);
        assertEquals(List.of(), GraphFixtures.schemaErrors(GraphFixtures.GRAPHML_XSD, graphml));
    }

    @ParameterizedTest(name = "{0} view")
    @EnumSource(GraphView.class)
    void gexf_is_version_1_3_and_validates_against_its_schema(GraphView view) throws Exception {
        byte[] gexf = export("gexf", "en", view);
        assertEquals(List.of(), GraphFixtures.schemaErrors(GraphFixtures.GEXF_XSD, gexf));
        Element root = GraphFixtures.parseXml(gexf).getDocumentElement();
        assertAll(
                () -> assertEquals(GEXF_NS, root.getNamespaceURI()),
                () -> assertEquals("1.3", root.getAttribute("version")));
    }

    @Test
    void the_gexf_schema_rejects_what_is_not_gexf_1_3() throws Exception {
        String gexf = new String(export("gexf", "en", GraphView.FACTS), StandardCharsets.UTF_8);
        assertFalse(GraphFixtures.schemaErrors(GraphFixtures.GEXF_XSD, gexf.replace("version=\"1.3\"", "version=\"1.2\"")
                .getBytes(StandardCharsets.UTF_8)).isEmpty(), "version 1.2 passed");
        assertFalse(GraphFixtures.schemaErrors(GraphFixtures.GEXF_XSD, gexf.replace("<edges", "<edgez").replace("</edges", "</edgez")
                .getBytes(StandardCharsets.UTF_8)).isEmpty(), "an unknown element passed");
    }

    @Test
    void the_graphml_schema_rejects_an_iri_as_a_node_id() throws Exception {
        String graphml = new String(export("graphml", "en", GraphView.FACTS), StandardCharsets.UTF_8);
        assertFalse(GraphFixtures.schemaErrors(GraphFixtures.GRAPHML_XSD,
                graphml.replaceFirst("<node id=\"n0\"", "<node id=\"" + ID + "x\"").getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @ParameterizedTest(name = "{0} view")
    @EnumSource(GraphView.class)
    void dot_renders_to_svg_with_graphviz(GraphView view) throws Exception {
        GraphFixtures.Rendered svg = GraphFixtures.renderDot(export("dot", "en", view), "svg");
        assertEquals(0, svg.exit(), svg.err());
        assertTrue(svg.out().contains("<svg"), svg.out());
    }

    @ParameterizedTest(name = "{0} view")
    @EnumSource(GraphView.class)
    void every_format_has_as_many_nodes_and_edges_as_sparql_counts(GraphView view) throws Exception {
        long nodes = expectedNodes(view);
        long edges = expectedEdges(view);
        assertTrue(nodes > 5 && edges > 5, "the fixture is too small to tell anything: " + nodes + "/" + edges);

        Document graphml = GraphFixtures.parseXml(export("graphml", "en", view));
        Document gexf = GraphFixtures.parseXml(export("gexf", "en", view));
        JsonObject cyjs = JSON.parse(new String(export("cyjs", "en", view), StandardCharsets.UTF_8));
        long[] dot = GraphFixtures.dotCounts(export("dot", "en", view));
        assertAll(
                () -> assertEquals(nodes, graphml.getElementsByTagNameNS(GRAPHML_NS, "node").getLength(), "GraphML nodes"),
                () -> assertEquals(edges, graphml.getElementsByTagNameNS(GRAPHML_NS, "edge").getLength(), "GraphML edges"),
                () -> assertEquals(nodes, gexf.getElementsByTagNameNS(GEXF_NS, "node").getLength(), "GEXF nodes"),
                () -> assertEquals(edges, gexf.getElementsByTagNameNS(GEXF_NS, "edge").getLength(), "GEXF edges"),
                () -> assertEquals(nodes, cyjs.get("elements").getAsObject().get("nodes").getAsArray().size(), "cyjs nodes"),
                () -> assertEquals(edges, cyjs.get("elements").getAsObject().get("edges").getAsArray().size(), "cyjs edges"),
                () -> assertEquals(nodes, dot[0], "DOT nodes"),
                () -> assertEquals(edges, dot[1], "DOT edges"));
    }

    private static JsonObject cyjs(String lang) {
        return JSON.parse(new String(export("cyjs", lang, GraphView.FACTS), StandardCharsets.UTF_8));
    }

    private static JsonObject nodeData(JsonObject cyjs, String id) {
        for (JsonValue n : cyjs.get("elements").getAsObject().get("nodes").getAsArray()) {
            JsonObject d = n.getAsObject().get("data").getAsObject();
            if (d.get("id").getAsString().value().equals(id))
                return d;
        }
        throw new AssertionError("no node " + id);
    }

    private static JsonObject edgeData(JsonObject cyjs, String source, String predicate, String target) {
        for (JsonValue n : cyjs.get("elements").getAsObject().get("edges").getAsArray()) {
            JsonObject d = n.getAsObject().get("data").getAsObject();
            if (d.get("source").getAsString().value().equals(source) && d.get("target").getAsString().value().equals(target)
                    && d.get("predicate").getAsString().value().equals(predicate))
                return d;
        }
        throw new AssertionError("no edge " + source + " " + predicate + " " + target);
    }

    private static List<String> strings(JsonValue array) {
        List<String> values = new ArrayList<>();
        for (JsonValue v : array.getAsArray())
            values.add(v.getAsString().value());
        return values;
    }

    @Test
    void the_facts_view_has_the_entities_and_leaves_out_text_facts_and_ontology() {
        Set<String> ids = new HashSet<>();
        JsonArray nodes = cyjs("en").get("elements").getAsObject().get("nodes").getAsArray();
        for (JsonValue n : nodes)
            ids.add(n.getAsObject().get("data").getAsObject().get("id").getAsString().value());
        Set<String> iris = new HashSet<>(ids);
        iris.removeIf(id -> id.startsWith("_:"));
        assertEquals(Set.of(ID + "norway", ID + "eu", ID + "iceland", ID + "eea", ID + "svalbard",
                ID + "area/high-north", ID + "area/migration"), iris);
        assertEquals(1, ids.size() - iris.size(), "the office, a blank node, belongs to Norway: " + ids);
    }

    @Test
    void an_edge_carries_label_modality_year_and_the_sentences_of_every_fact_stating_it() {
        JsonObject cyjs = cyjs("en");
        JsonObject twice = edgeData(cyjs, ID + "norway", NKG + "cooperatesWith", ID + "eu");
        JsonObject planned = edgeData(cyjs, ID + "iceland", NKG + "cooperatesWith", ID + "eu");
        assertAll(
                () -> assertEquals("cooperates with", twice.get("label").getAsString().value()),
                () -> assertEquals(List.of("done", "habitual"), strings(twice.get("modality"))),
                () -> assertEquals(List.of(NKG + "Done", NKG + "Habitual"), strings(twice.get("modalityIri"))),
                () -> assertEquals(List.of(ID + "source/s1", ID + "source/s3"), strings(twice.get("sentences"))),
                () -> assertEquals(List.of(ID + "fact/norway-cooperates-with-eu", ID + "fact/norway-often-cooperates"), strings(twice.get("facts"))),
                () -> assertEquals(List.of(), strings(twice.get("year"))),
                () -> assertEquals(List.of("planned"), strings(planned.get("modality"))),
                () -> assertEquals(List.of("2015"), strings(planned.get("year"))),
                () -> assertEquals(List.of(ID + "source/s2"), strings(planned.get("sentences"))),
                // A planned fact is in its named graph only: drawn all the same, marked as not the case.
                () -> assertEquals(false, planned.get("asserted").getAsBoolean().value()),
                () -> assertEquals(true, twice.get("asserted").getAsBoolean().value()));
    }

    @Test
    void a_planned_edge_says_it_is_not_asserted_in_graphml_and_is_dashed_in_dot() throws Exception {
        String graphml = new String(export("graphml", "en", GraphView.FACTS), StandardCharsets.UTF_8);
        assertTrue(graphml.contains("attr.name=\"asserted\""), "GraphML declares the attribute");
        long unasserted = 0;
        for (var e : cyjs("en").get("elements").getAsObject().get("edges").getAsArray())
            if (!e.getAsObject().get("data").getAsObject().get("asserted").getAsBoolean().value())
                unasserted++;
        String dot = new String(export("dot", "en", GraphView.FACTS), StandardCharsets.UTF_8);
        long dashed = dot.lines().filter(l -> l.contains("->") && l.contains("dashed")).count();
        assertTrue(unasserted > 0, "the fixture has planned facts between entities");
        assertEquals(unasserted, dashed, "every edge not stated as the case, and only those, is dashed:\n" + dot);
    }

    @Test
    void labels_follow_the_chosen_language_and_fall_back_to_english() {
        JsonObject nb = cyjs("nb");
        JsonObject fr = cyjs("fr");
        assertAll(
                () -> assertEquals("Norge", nodeData(nb, ID + "norway").get("label").getAsString().value()),
                () -> assertEquals("Land", nodeData(nb, ID + "norway").get("classLabel").getAsString().value()),
                () -> assertEquals("Nordområdene", nodeData(nb, ID + "area/high-north").get("label").getAsString().value()),
                () -> assertEquals("samarbeider med", edgeData(nb, ID + "norway", NKG + "cooperatesWith", ID + "eu").get("label").getAsString().value()),
                () -> assertEquals(List.of("gjort", "vanlig"), strings(edgeData(nb, ID + "norway", NKG + "cooperatesWith", ID + "eu").get("modality"))),
                () -> assertEquals(List.of("Kongeriket Norge"), strings(nodeData(nb, ID + "norway").get("skos:altLabel"))),
                () -> assertEquals("Norway", nodeData(fr, ID + "norway").get("label").getAsString().value()));
    }

    @Test
    void literals_and_external_links_are_attributes_not_nodes() {
        JsonObject norway = nodeData(cyjs("en"), ID + "norway");
        assertAll(
                () -> assertEquals(List.of("5425270"), strings(norway.get("nkg:population"))),
                () -> assertEquals(List.of("http://www.wikidata.org/entity/Q20"), strings(norway.get("owl:sameAs"))),
                () -> assertEquals(List.of("Kingdom of Norway"), strings(norway.get("skos:altLabel"))));
    }

    @Test
    void a_node_has_its_most_specific_class_its_scheme_and_its_degree() {
        JsonObject cyjs = cyjs("en");
        JsonObject norway = nodeData(cyjs, ID + "norway");
        assertAll(
                () -> assertEquals(NKG + "Country", norway.get("class").getAsString().value(), "Country is a subclass of Actor"),
                () -> assertEquals("Country", norway.get("classLabel").getAsString().value()),
                () -> assertEquals(5, norway.get("degree").getAsNumber().value().intValue(), "eu, high-north, migration, the office, eea"),
                () -> assertEquals("Policy areas", nodeData(cyjs, ID + "area/migration").get("scheme").getAsString().value()),
                // skos:Concept has no label here: its name in words, as this graph's classes are labelled.
                () -> assertEquals("concept", nodeData(cyjs, ID + "area/migration").get("classLabel").getAsString().value()),
                () -> assertEquals("", nodeData(cyjs, ID + "svalbard").get("scheme").getAsString().value()),
                () -> assertEquals(0, nodeData(cyjs, ID + "svalbard").get("degree").getAsNumber().value().intValue()));
    }

    @Test
    void the_legend_gives_each_class_present_a_colour_and_shape_of_its_own() {
        JsonArray legend = cyjs("en").get("data").getAsObject().get("legend").getAsArray();
        Set<String> looks = new HashSet<>();
        int total = 0;
        for (JsonValue v : legend) {
            JsonObject e = v.getAsObject();
            looks.add(e.get("color").getAsString().value() + e.get("shape").getAsString().value());
            total += e.get("count").getAsNumber().value().intValue();
        }
        assertEquals(legend.size(), looks.size(), "two classes look alike: " + legend);
        assertEquals(expectedNodes(GraphView.FACTS), total);
    }

    @Test
    void a_node_is_larger_the_higher_its_pagerank() {
        JsonObject cyjs = cyjs("en");
        JsonObject eu = nodeData(cyjs, ID + "eu");
        JsonObject svalbard = nodeData(cyjs, ID + "svalbard");
        assertTrue(eu.get("pagerank").getAsNumber().value().doubleValue() > svalbard.get("pagerank").getAsNumber().value().doubleValue());
        assertTrue(eu.get("size").getAsNumber().value().doubleValue() > svalbard.get("size").getAsNumber().value().doubleValue());
    }

    @Test
    void a_neighbourhood_grows_with_its_depth() {
        PropertyGraph all = new StoreGraphs(store, GraphFixtures.NAMESPACE, null).graph(GraphView.FACTS, "en");
        PropertyGraph one = all.neighbourhood(ID + "iceland", 1);
        PropertyGraph two = all.neighbourhood(ID + "iceland", 2);
        assertAll(
                () -> assertEquals(Set.of(ID + "iceland", ID + "eu", ID + "eea"), ids(one)),
                () -> assertEquals(1, all.neighbourhood(ID + "iceland", 0).nodeCount()),
                () -> assertTrue(ids(two).containsAll(Set.of(ID + "norway", ID + "area/high-north")), ids(two).toString()),
                () -> assertEquals(2, one.edgeCount(), "iceland-eu and eea-iceland; eea-norway leaves the neighbourhood"),
                () -> assertEquals(all.node(ID + "iceland").orElseThrow().degree(), one.node(ID + "iceland").orElseThrow().degree()),
                () -> assertThrows(IllegalArgumentException.class, () -> all.neighbourhood(ID + "nowhere", 1)));
    }

    private static Set<String> ids(PropertyGraph g) {
        Set<String> ids = new HashSet<>();
        g.nodes().forEach(n -> ids.add(n.id()));
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(GraphFormat.class)
    void the_same_data_gives_the_same_bytes(GraphFormat format) {
        assertArrayEquals(export(format.id(), "en", GraphView.FACTS), export(format.id(), "en", GraphView.FACTS));
    }

    @Test
    void bad_languages_are_refused_by_name() {
        var out = new ByteArrayOutputStream();
        IllegalArgumentException lang = assertThrows(IllegalArgumentException.class, () -> GraphExports.write(store, GraphFixtures.NAMESPACE, GraphFormat.DOT, "en_GB!", out));
        assertTrue(lang.getMessage().contains("en_GB!"), lang.getMessage());
        assertEquals(List.of("graphml", "gexf", "dot", "cyjs"), GraphExports.formats());
    }

    @Test
    void the_tiny_project_exports_too() throws Exception {
        try (Store tiny = GraphFixtures.store(java.nio.file.Path.of("src/test/resources/projects/tiny"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GraphExports.write(tiny, GraphFixtures.NAMESPACE, GraphFormat.GRAPHML, "en", out);
            Document doc = GraphFixtures.parseXml(out.toByteArray());
            NodeList nodes = doc.getElementsByTagNameNS(GRAPHML_NS, "node");
            assertEquals(3, nodes.getLength());
            assertEquals(List.of(), GraphFixtures.schemaErrors(GraphFixtures.GRAPHML_XSD, out.toByteArray()));
        }
    }
}
