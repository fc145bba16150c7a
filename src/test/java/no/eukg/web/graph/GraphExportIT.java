package no.eukg.web.graph;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

import no.eukg.export.graph.GraphFixtures;
import no.eukg.export.graph.GraphView;
import no.eukg.testing.Http;
import no.eukg.testing.TestServer;

/** The graph paths, the graph formats of /sparql and the explorer page, over real HTTP. */
class GraphExportIT {
    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF_NS = "http://gexf.net/1.3";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.over(GraphFixtures.project(), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String id(String name) {
        return server.ns() + "id/" + name;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(HttpResponse<String> r) {
        return r.body().getBytes(StandardCharsets.UTF_8);
    }

    private static Set<String> cyjsNodeIds(String body) {
        Set<String> ids = new HashSet<>();
        for (JsonValue n : JSON.parse(body).get("elements").getAsObject().get("nodes").getAsArray())
            ids.add(n.getAsObject().get("data").getAsObject().get("id").getAsString().value());
        return ids;
    }

    private static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void graphml_path_answers_valid_graphml_of_the_whole_facts_view() throws Exception {
        HttpResponse<String> r = Http.get(server.url("/graph.graphml"));
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/graphml+xml"), contentType(r));
        assertEquals(List.of(), GraphFixtures.schemaErrors(GraphFixtures.GRAPHML_XSD, bytes(r)));
        Document doc = GraphFixtures.parseXml(bytes(r));
        assertEquals(GraphFixtures.expectedNodes(server.store(), server.ns(), GraphView.FACTS),
                doc.getElementsByTagNameNS(GRAPHML_NS, "node").getLength());
        assertEquals(GraphFixtures.expectedEdges(server.store(), server.ns(), GraphView.FACTS),
                doc.getElementsByTagNameNS(GRAPHML_NS, "edge").getLength());
    }

    @Test
    void gexf_path_answers_valid_gexf_1_3_and_view_all_has_every_resource() throws Exception {
        HttpResponse<String> r = Http.get(server.url("/graph.gexf?view=all"));
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/gexf+xml"), contentType(r));
        assertEquals(List.of(), GraphFixtures.schemaErrors(GraphFixtures.GEXF_XSD, bytes(r)));
        assertEquals(GraphFixtures.expectedNodes(server.store(), server.ns(), GraphView.ALL),
                GraphFixtures.parseXml(bytes(r)).getElementsByTagNameNS(GEXF_NS, "node").getLength());
    }

    @Test
    void gexf_1_2draft_by_parameter_is_read_by_networkx() throws Exception {
        HttpResponse<String> r = Http.get(server.url("/graph.gexf?version=1.2draft"));
        assertEquals(200, r.statusCode());
        Document doc = GraphFixtures.parseXml(bytes(r));
        assertEquals("http://www.gexf.net/1.2draft", doc.getDocumentElement().getNamespaceURI());
        assertEquals("1.2", doc.getDocumentElement().getAttribute("version"));
        long[] counts = GraphFixtures.networkxCounts(bytes(r));
        assertEquals(GraphFixtures.expectedNodes(server.store(), server.ns(), GraphView.FACTS), counts[0], "nodes networkx read");
        assertEquals(GraphFixtures.expectedEdges(server.store(), server.ns(), GraphView.FACTS), counts[1], "edges networkx read");
        assertNotEquals(Http.get(server.url("/graph.gexf")).headers().firstValue("ETag"), r.headers().firstValue("ETag"),
                "each version is its own entity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/graph.gexf?version=2.0", "/graph.graphml?version=1.2draft"})
    void a_version_that_is_not_a_gexf_version_is_400(String path) {
        HttpResponse<String> r = Http.get(server.url(path));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("parameter 'version'"), r.body());
    }

    @Test
    void dot_path_renders_with_graphviz() throws Exception {
        HttpResponse<String> r = Http.get(server.url("/graph.dot?lang=nb"));
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/vnd.graphviz"), contentType(r));
        GraphFixtures.Rendered svg = GraphFixtures.renderDot(bytes(r), "svg");
        assertEquals(0, svg.exit(), svg.err());
        assertTrue(svg.out().contains("<svg") && svg.out().contains("Norge"), "no Norwegian label in the picture");
    }

    @Test
    void json_path_answers_cytoscape_elements() {
        HttpResponse<String> r = Http.get(server.url("/graph.json"));
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/json"), contentType(r));
        JsonObject json = JSON.parse(r.body());
        assertEquals("1.0", json.get("format_version").getAsString().value());
        assertTrue(cyjsNodeIds(r.body()).contains(id("norway")));
    }

    @Test
    void focus_and_depth_give_a_neighbourhood() {
        String focus = "/graph.json?focus=" + enc(id("iceland"));
        assertAll(
                () -> assertEquals(Set.of(id("iceland")), cyjsNodeIds(Http.get(server.url(focus + "&depth=0")).body())),
                () -> assertEquals(Set.of(id("iceland"), id("eu"), id("eea")), cyjsNodeIds(Http.get(server.url(focus)).body())),
                () -> assertTrue(cyjsNodeIds(Http.get(server.url(focus + "&depth=2")).body()).contains(id("norway"))),
                () -> assertTrue(cyjsNodeIds(Http.get(server.url(focus + "&depth=3")).body()).contains(id("area/migration"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lang=en_GB!| lang",
        "view=pretty| view",
        "focus=not%20an%20iri| focus",
        "focus=http%3A%2F%2Fexample.org%2Fx&depth=4| depth",
        "focus=http%3A%2F%2Fexample.org%2Fx&depth=one| depth",
        "depth=2| depth"})
    void a_bad_parameter_is_a_400_that_names_it(String query, String parameter) {
        for (String ext : List.of("graphml", "json")) {
            HttpResponse<String> r = Http.get(server.url("/graph." + ext + "?" + query), "Accept", "application/json");
            assertEquals(400, r.statusCode(), r.body());
            String message = JSON.parse(r.body()).get("message").getAsString().value();
            assertTrue(message.contains("'" + parameter + "'"), message);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/graph.json?focus=%FF", "/graph.gexf?lang=%C3%28", "/explore?focus=%ED%A0%80", "/graph.dot?view=%C0%AF"})
    void an_undecodable_query_string_is_a_400(String path) {
        assertEquals(400, Http.get(server.url(path)).statusCode());
    }

    @Test
    void a_focus_that_is_not_a_node_is_a_404() {
        HttpResponse<String> r = Http.get(server.url("/graph.dot?focus=" + enc(id("atlantis"))));
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("focus"), r.body());
    }

    @Test
    void an_unchanged_graph_answers_304_to_its_etag() {
        HttpResponse<String> first = Http.get(server.url("/graph.gexf?lang=nb"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Http.get(server.url("/graph.gexf?lang=nb"), "If-None-Match", etag).statusCode());
        assertEquals(200, Http.get(server.url("/graph.gexf?lang=en"), "If-None-Match", etag).statusCode(), "another language is another entity");
    }

    @Test
    void posting_element_ids_gives_just_those_elements() throws Exception {
        String body = "{\"nodes\": [\"" + id("norway") + "\", \"" + id("eu") + "\", \"" + id("atlantis") + "\"]}";
        HttpResponse<String> r = Http.post(server.url("/graph.graphml"), "application/json", body);
        assertEquals(200, r.statusCode(), r.body());
        Document doc = GraphFixtures.parseXml(bytes(r));
        assertEquals(2, doc.getElementsByTagNameNS(GRAPHML_NS, "node").getLength());
        assertEquals(1, doc.getElementsByTagNameNS(GRAPHML_NS, "edge").getLength(), "norway cooperates with eu");
        assertEquals(List.of(), GraphFixtures.schemaErrors(GraphFixtures.GRAPHML_XSD, bytes(r)));

        HttpResponse<String> noEdges = Http.post(server.url("/graph.json"), "application/json",
                "{\"nodes\": [\"" + id("norway") + "\", \"" + id("eu") + "\"], \"edges\": []}");
        assertEquals(0, JSON.parse(noEdges.body()).get("elements").getAsObject().get("edges").getAsArray().size());
    }

    @Test
    void a_bad_post_body_is_refused() {
        assertAll(
                () -> assertEquals(400, Http.post(server.url("/graph.graphml"), "application/json", "{nodes: ").statusCode()),
                () -> assertEquals(400, Http.post(server.url("/graph.graphml"), "application/json", "{\"nodes\": [1]}").statusCode()),
                () -> assertEquals(400, Http.post(server.url("/graph.graphml"), "application/json", "[]").statusCode()),
                () -> assertEquals(415, Http.post(server.url("/graph.graphml"), "text/plain", "{}").statusCode()));
    }

    private static final String CONSTRUCT = """
            PREFIX nkg: <%sontology#>
            CONSTRUCT { ?a nkg:cooperatesWith ?b } WHERE { GRAPH ?fact { ?a nkg:cooperatesWith ?b } }""";

    private static String construct() {
        return CONSTRUCT.formatted(server.ns());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/graphml+xml", "application/gexf+xml", "text/vnd.graphviz"})
    void sparql_answers_a_construct_in_the_graph_format_asked_for(String type) throws Exception {
        HttpResponse<String> get = Http.get(server.url("/sparql?query=" + enc(construct())), "Accept", type);
        HttpResponse<String> form = Http.post(server.url("/sparql"), "application/x-www-form-urlencoded", "query=" + enc(construct()), "Accept", type);
        HttpResponse<String> direct = Http.post(server.url("/sparql?lang=nb"), "application/sparql-query", construct(), "Accept", type);
        for (HttpResponse<String> r : List.of(get, form, direct)) {
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(contentType(r).startsWith(type), contentType(r));
            // norway, iceland and eu, with two edges (Iceland's is planned: in its fact's graph only,
            // so the query reads the facts' graphs): labels come from the store although the result has none
            switch (type) {
                case "application/graphml+xml" -> {
                    assertEquals(List.of(), GraphFixtures.schemaErrors(GraphFixtures.GRAPHML_XSD, bytes(r)));
                    Document doc = GraphFixtures.parseXml(bytes(r));
                    assertEquals(3, doc.getElementsByTagNameNS(GRAPHML_NS, "node").getLength());
                    assertEquals(2, doc.getElementsByTagNameNS(GRAPHML_NS, "edge").getLength());
                }
                case "application/gexf+xml" -> {
                    assertEquals(List.of(), GraphFixtures.schemaErrors(GraphFixtures.GEXF_XSD, bytes(r)));
                    assertEquals(3, GraphFixtures.parseXml(bytes(r)).getElementsByTagNameNS(GEXF_NS, "node").getLength());
                }
                default -> {
                    GraphFixtures.Rendered json = GraphFixtures.renderDot(bytes(r), "json");
                    assertEquals(0, json.exit(), json.err());
                    assertEquals(3, JSON.parse(json.out()).get("objects").getAsArray().size());
                    assertEquals(2, JSON.parse(json.out()).get("edges").getAsArray().size());
                }
            }
        }
        assertTrue(direct.body().contains("Norge") && get.body().contains("Norway"), "labels not looked up in the store");
    }

    @Test
    void sparql_answers_a_describe_in_dot() throws Exception {
        HttpResponse<String> r = Http.get(server.url("/sparql?query=" + enc("DESCRIBE <" + id("iceland") + ">")), "Accept", "text/vnd.graphviz");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(0, GraphFixtures.renderDot(bytes(r), "svg").exit());
        assertTrue(r.body().contains("\"" + id("iceland") + "\""), r.body());
    }

    @Test
    void everything_else_on_sparql_goes_to_fuseki_untouched() {
        HttpResponse<String> turtle = Http.get(server.url("/sparql?query=" + enc(construct())), "Accept", "text/turtle");
        HttpResponse<String> select = Http.get(server.url("/sparql?query=" + enc("SELECT * { ?s ?p ?o } LIMIT 1")),
                "Accept", "application/graphml+xml, application/sparql-results+json;q=0.5");
        // The filter reads this body to see the query form, and must hand it on intact.
        HttpResponse<String> selectBody = Http.post(server.url("/sparql"), "application/sparql-query", "ASK { ?s ?p ?o }",
                "Accept", "application/graphml+xml, application/sparql-results+json;q=0.5");
        HttpResponse<String> broken = Http.get(server.url("/sparql?query=" + enc("CONSTRUCT {")), "Accept", "application/graphml+xml");
        assertAll(
                () -> assertEquals(200, turtle.statusCode()),
                () -> assertTrue(contentType(turtle).startsWith("text/turtle"), contentType(turtle)),
                () -> assertEquals(200, select.statusCode(), select.body()),
                () -> assertTrue(contentType(select).startsWith("application/sparql-results+json"), contentType(select)),
                () -> assertEquals(200, selectBody.statusCode(), selectBody.body()),
                () -> assertTrue(selectBody.body().contains("true"), selectBody.body()),
                () -> assertEquals(400, broken.statusCode()),
                () -> assertFalse(contentType(broken).startsWith("application/graphml"), contentType(broken)));
    }

    @Test
    void a_construct_in_a_graph_format_refuses_what_it_cannot_honour() {
        HttpResponse<String> from = Http.get(server.url("/sparql?query=" + enc("CONSTRUCT WHERE { ?s ?p ?o } ") + "&default-graph-uri=" + enc(id("x"))),
                "Accept", "application/graphml+xml");
        HttpResponse<String> lang = Http.get(server.url("/sparql?lang=%3F%3F&query=" + enc(construct())), "Accept", "application/gexf+xml");
        assertAll(
                () -> assertEquals(400, from.statusCode()),
                () -> assertTrue(from.body().contains("default-graph-uri"), from.body()),
                () -> assertEquals(400, lang.statusCode()),
                () -> assertTrue(lang.body().contains("'lang'"), lang.body()));
    }

    @Test
    void the_explorer_page_starts_from_norway_and_has_no_inline_script() {
        HttpResponse<String> r = Http.get(server.url("/explore"));
        assertEquals(200, r.statusCode());
        String html = r.body();
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group(1).contains("src=\""), "inline script: " + scripts.group());
        }
        assertAll(
                () -> assertTrue(html.contains("data-start=\"" + id("norway") + "\""), "start"),
                () -> assertTrue(html.contains("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js")),
                () -> assertTrue(html.contains("/static/explore.js")),
                () -> assertTrue(html.contains("High North") && html.contains("Policy areas"), "area filter"),
                () -> assertTrue(html.contains(">habitual<"), "modality filter"),
                () -> assertFalse(html.contains(" style=\""), "inline style"));
        assertEquals(2, count);
        for (String asset : List.of("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "/static/explore.js", "/static/explore.css"))
            assertEquals(200, Http.get(server.url(asset)).statusCode(), asset);
        assertEquals(400, Http.get(server.url("/explore?focus=nope")).statusCode());
        assertTrue(Http.get(server.url("/explore?lang=nb")).body().contains("Nordområdene"));
    }
}
