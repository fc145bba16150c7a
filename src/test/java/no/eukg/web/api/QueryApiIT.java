package no.eukg.web.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.eukg.testing.Http;
import no.eukg.testing.TestServer;

/** The canned-query API over real HTTP, on the fixture project under src/test/resources/queries-api. */
class QueryApiIT {
    static final Path PROJECT = Path.of("src/test/resources/queries-api/project");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIXTURE_QUERIES = Set.of("cooperation-graph", "countries", "facts-by-modality",
            "facts-by-year", "facts-per-modality", "has-facts", "label-search", "neighbours", "who-cooperates");
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.over(PROJECT, Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String run(String nameAndQuery) {
        return server.url("/api/queries/" + nameAndQuery);
    }

    private static String id(String local) {
        return server.ns() + "id/" + local;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static ResultSet rows(HttpResponse<String> r, Lang lang) {
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
    }

    private static List<String> column(ResultSet rs, String var) {
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(s -> out.add(s.get(var).toString()));
        return out;
    }

    // ---- the catalogue

    @Test
    void catalogue_lists_every_query_as_json_with_typed_parameters_and_allowed_values_from_the_graph() throws Exception {
        HttpResponse<String> r = Http.get(server.url("/api/queries"), "Accept", "application/json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonNode root = JSON.readTree(r.body());
        List<String> names = new ArrayList<>();
        root.get("queries").forEach(q -> names.add(q.get("name").asText()));
        assertEquals(List.copyOf(new TreeSet<>(FIXTURE_QUERIES)), names, "every query, sorted by name");
        JsonNode modality = query(root, "facts-by-modality").get("parameters").get(0);
        assertAll(
                () -> assertEquals("modality", modality.get("name").asText()),
                () -> assertEquals("iri", modality.get("type").asText()),
                () -> assertEquals(server.ns() + "ontology#Done", modality.get("default").asText()),
                () -> assertEquals(List.of(server.ns() + "ontology#Done", server.ns() + "ontology#Planned"),
                        JSON.convertValue(modality.get("allowedValues"), List.class)));
        JsonNode year = query(root, "facts-by-year").get("parameters").get(0);
        assertEquals("xsd:integer", year.get("type").asText());
        assertTrue(year.get("required").asBoolean());
        JsonNode lang = query(root, "label-search").get("parameters").get(1);
        assertFalse(lang.get("required").asBoolean());
        assertEquals(List.of("en", "nb"), JSON.convertValue(lang.get("allowedValues"), List.class));
        assertEquals("Resources whose label contains a text", query(root, "label-search").get("summary").asText());
        assertEquals(1, query(root, "countries").get("pagination").asInt());
    }

    private static JsonNode query(JsonNode root, String name) {
        for (JsonNode q : root.get("queries"))
            if (q.get("name").asText().equals(name))
                return q;
        throw new AssertionError("no " + name + " in the catalogue");
    }

    @Test
    void catalogue_is_html_for_browsers_with_a_form_per_query() {
        HttpResponse<String> r = Http.get(server.url("/api/queries"), "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        for (String name : FIXTURE_QUERIES)
            assertTrue(r.body().contains("id=\"" + name + "\""), name);
        assertTrue(r.body().contains("<select id=\"label-search-lang\" name=\"lang\">"), "an enumerated parameter is a select");
        assertTrue(r.body().contains("name=\"year\""));
        assertFalse(r.body().contains("<script>"), "no inline script");
        // Grouped by topic: every fixture query is tagged "test" (the "api" ones too).
        assertTrue(r.body().contains("<h3 class=\"topic\">test</h3>"), r.body());
    }

    @Test
    void a_browser_missing_a_required_parameter_gets_the_querys_form_with_why() {
        String browser = "text/html,application/xhtml+xml,*/*;q=0.8";
        HttpResponse<String> r = Http.get(run("label-search?lang=nb"), "Accept", browser);
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(r.body().contains("<p class=\"error\">missing required parameter &#39;q&#39;"), r.body());
        assertTrue(r.body().contains("<form class=\"run\""), "the form to mend the request in:\n" + r.body());
        assertTrue(r.body().contains("<option value=\"nb\" selected>"), "filled with what was sent:\n" + r.body());
        // A program still gets the plain 400 in its own format.
        HttpResponse<String> json = Http.get(run("label-search.json?lang=nb"));
        assertEquals(400, json.statusCode());
        assertFalse(json.body().contains("<form"), json.body());
    }

    // ---- formats

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({"json, application/sparql-results+json, JSON", "xml, application/sparql-results+xml, XML",
            "csv, text/csv, CSV", "tsv, text/tab-separated-values, TSV"})
    void select_results_parse_in_every_format_by_extension_and_by_accept(String ext, String type, String lang) {
        Lang rsLang = switch (lang) {
            case "JSON" -> ResultSetLang.RS_JSON;
            case "XML" -> ResultSetLang.RS_XML;
            case "CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
        HttpResponse<String> byExt = Http.get(run("who-cooperates." + ext));
        assertTrue(byExt.headers().firstValue("Content-Type").orElseThrow().startsWith(type));
        assertEquals(List.of(id("iceland"), id("norway")), column(rows(byExt, rsLang), "country").stream().map(s -> s.replaceAll("[<>]", "")).toList());
        HttpResponse<String> byAccept = Http.get(run("who-cooperates"), "Accept", type);
        assertTrue(byAccept.headers().firstValue("Content-Type").orElseThrow().startsWith(type));
        assertEquals(byExt.body(), byAccept.body());
    }

    @Test
    void extension_overrides_accept() {
        HttpResponse<String> r = Http.get(run("who-cooperates.csv"), "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(r.body().startsWith("country\r\n") || r.body().startsWith("country\n"), r.body());
    }

    @Test
    void plain_json_is_accepted_as_sparql_json_and_it_is_the_default() {
        HttpResponse<String> json = Http.get(run("who-cooperates"), "Accept", "application/json");
        assertEquals(2, column(rows(json, ResultSetLang.RS_JSON), "country").size());
        HttpResponse<String> none = Http.get(run("who-cooperates"));
        assertTrue(none.headers().firstValue("Content-Type").orElseThrow().startsWith("application/sparql-results+json"));
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({"ttl, text/turtle", "jsonld, application/ld+json", "nt, application/n-triples", "rdf, application/rdf+xml"})
    void construct_results_parse_in_every_rdf_format_with_jena_and_rdf4j(String ext, String type) throws Exception {
        HttpResponse<String> r = Http.get(run("cooperation-graph." + ext));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type));
        Lang lang = org.apache.jena.riot.RDFLanguages.contentTypeToLang(type);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang).base(server.base()).parse(g);
        assertEquals(2, g.size());
        RDFFormat rio = Rio.getParserFormatForMIMEType(type).orElseThrow();
        org.eclipse.rdf4j.model.Model m = Rio.parse(new StringReader(r.body()), server.base(), rio);
        assertEquals(2, m.size());
        HttpResponse<String> byAccept = Http.get(run("cooperation-graph"), "Accept", type);
        Graph g2 = GraphFactory.createDefaultGraph();
        RDFParser.fromString(byAccept.body(), lang).base(server.base()).parse(g2);
        assertTrue(g.isIsomorphicWith(g2));
    }

    @Test
    void a_construct_query_refuses_a_select_format_and_the_other_way_round() {
        assertEquals(406, Http.get(run("cooperation-graph.csv")).statusCode());
        assertEquals(406, Http.get(run("who-cooperates.ttl")).statusCode());
    }

    @Test
    void ask_answers_in_json_and_xml() {
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(Http.get(run("has-facts.json")).body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(Http.get(run("has-facts.xml")).body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_XML));
    }

    @Test
    void html_results_link_each_iri_to_its_copy_on_this_server() {
        HttpResponse<String> r = Http.get(run("neighbours?entity=" + enc(id("norway"))), "Accept", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        // Browsing a local server stays local: the canonical IRI is shown, its copy here is linked.
        assertTrue(r.body().contains("<a href=\"" + server.base() + "id/eu\">"), r.body());
        assertTrue(r.body().contains("<a href=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#type\">")
                || r.body().contains("<a href=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#type\""), r.body());
        assertTrue(r.body().contains("<table class=\"results\">"));
        assertTrue(r.body().contains("value=\"" + id("norway") + "\""), "the form keeps the value");
    }

    @Test
    void query_text_by_extension_or_accept_is_the_file_anchored_to_the_namespace() {
        HttpResponse<String> rq = Http.get(run("neighbours.rq"));
        assertEquals(200, rq.statusCode());
        assertTrue(rq.headers().firstValue("Content-Type").orElseThrow().startsWith("application/sparql-query"));
        assertTrue(rq.body().contains("?_entity_iri ?p ?other"));
        assertTrue(rq.body().contains("BASE <" + server.ns() + ">"));
        assertTrue(rq.body().startsWith("#+ summary:"), "the header stays first");
        org.apache.jena.query.QueryFactory.create(rq.body());
        assertEquals(rq.body(), Http.get(run("neighbours"), "Accept", "application/sparql-query").body());
    }

    // ---- parameters

    @Test
    void an_iri_parameter_is_bound_as_an_iri_term() {
        ResultSet rs = rows(Http.get(run("neighbours.json?entity=" + enc(id("iceland")))), ResultSetLang.RS_JSON);
        List<String> others = new ArrayList<>();
        rs.forEachRemaining(s -> others.add(s.getResource("other").getURI()));
        assertEquals(List.of(server.ns() + "ontology#Country", id("eu")), others);
    }

    @Test
    void an_injection_in_an_iri_parameter_is_a_400() {
        HttpResponse<String> r = Http.get(run("neighbours.json?entity=" + enc("x> } ; DROP ALL #")), "Accept", "application/json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("entity") && r.body().contains("absolute IRI"), r.body());
        HttpResponse<String> r2 = Http.get(run("neighbours.json?entity=" + enc(id("norway") + "> ?p ?o } #")));
        assertEquals(400, r2.statusCode(), r2.body());
    }

    @Test
    void an_injection_in_a_literal_parameter_is_only_a_value() {
        HttpResponse<String> normal = Http.get(run("label-search.json?q=nor"));
        assertEquals(2, column(rows(normal, ResultSetLang.RS_JSON), "resource").size());
        HttpResponse<String> injected = Http.get(run("label-search.json?q=" + enc("\"x\" } UNION { ?s ?p ?o")));
        ResultSet rs = rows(injected, ResultSetLang.RS_JSON);
        assertEquals(List.of("resource", "label"), rs.getResultVars());
        assertFalse(rs.hasNext(), "the text is searched for, not run");
        HttpResponse<String> quote = Http.get(run("label-search.json?q=" + enc("') || true || ('")));
        assertFalse(rows(quote, ResultSetLang.RS_JSON).hasNext());
    }

    @Test
    void a_typed_value_is_checked_and_canonicalised() {
        HttpResponse<String> bad = Http.get(run("facts-by-year.json?year=20x5"), "Accept", "application/json");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("'year'") && bad.body().contains("20x5") && bad.body().contains("xsd:integer"), bad.body());
        ResultSet rs = rows(Http.get(run("facts-by-year.json?year=02015")), ResultSetLang.RS_JSON);
        assertEquals(List.of(id("fact/iceland-cooperates-with-eu")), column(rs, "fact").stream().map(s -> s.replaceAll("[<>]", "")).toList());
    }

    @Test
    void a_missing_required_parameter_is_a_400_naming_it() {
        HttpResponse<String> r = Http.get(run("neighbours.json"), "Accept", "text/plain");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("missing required parameter 'entity'"), r.body());
    }

    @Test
    void a_parameter_starting_with_an_underscore_is_the_clients_own_and_ignored() {
        HttpResponse<String> r = Http.get(run("who-cooperates.csv?_=1733137200000"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Http.get(run("who-cooperates.csv")).body(), r.body());
    }

    @Test
    void an_unknown_parameter_is_a_400() {
        HttpResponse<String> r = Http.get(run("who-cooperates.json?colour=blue"), "Accept", "text/plain");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("'colour'"), r.body());
    }

    @Test
    void an_unknown_query_is_a_404_that_suggests_the_nearest_names() {
        HttpResponse<String> r = Http.get(run("neighbors"), "Accept", "application/json");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("did you mean neighbours"), r.body());
        assertEquals(404, Http.get(run("neighbors.json")).statusCode());
    }

    @Test
    void enumerated_values_are_enforced() {
        HttpResponse<String> bad = Http.get(run("facts-by-modality.json?modality=" + enc(server.ns() + "ontology#Rumoured")), "Accept", "text/plain");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("not one of the allowed values") && bad.body().contains("ontology#Planned"), bad.body());
        HttpResponse<String> lang = Http.get(run("label-search.json?q=a&lang=de"), "Accept", "text/plain");
        assertEquals(400, lang.statusCode());
        assertTrue(lang.body().contains("en, nb"), lang.body());
        ResultSet planned = rows(Http.get(run("facts-by-modality.json?modality=" + enc(server.ns() + "ontology#Planned"))), ResultSetLang.RS_JSON);
        assertEquals(1, column(planned, "fact").size());
    }

    @Test
    void a_default_is_used_when_no_value_is_given() {
        ResultSet rs = rows(Http.get(run("facts-by-modality.json")), ResultSetLang.RS_JSON);
        assertEquals(2, column(rs, "fact").size(), "the two facts of the default modality, Done");
    }

    @Test
    void post_with_a_form_runs_the_query_and_a_get_only_query_refuses_post() {
        HttpResponse<String> r = Http.post(run("neighbours.json"), "application/x-www-form-urlencoded", "entity=" + enc(id("norway")));
        // the EU and the class Country; "Norway joins the sanctions" is planned, so not in the default graph
        assertEquals(2, column(rows(r, ResultSetLang.RS_JSON), "other").size());
        assertEquals(405, Http.post(run("cooperation-graph.ttl"), "application/x-www-form-urlencoded", "").statusCode());
        HttpResponse<String> head = Http.method("HEAD", run("cooperation-graph.ttl"), null, null);
        assertEquals(200, head.statusCode());
        assertTrue(head.headers().firstValue("ETag").isPresent());
    }

    // ---- pagination, caching

    @Test
    void pages_have_first_prev_and_next_links_and_never_last() {
        HttpResponse<String> one = Http.get(run("countries.csv"));
        assertEquals(200, one.statusCode());
        String links = one.headers().firstValue("Link").orElseThrow();
        assertTrue(links.contains("<" + run("countries.csv?page=1") + ">; rel=\"first\""), links);
        assertTrue(links.contains("<" + run("countries.csv?page=2") + ">; rel=\"next\""), links);
        assertFalse(links.contains("rel=\"prev\""), links);
        assertFalse(links.contains("last"), links);
        assertEquals(1, column(rows(one, ResultSetLang.RS_CSV), "country").size());

        HttpResponse<String> two = Http.get(run("countries.csv?page=2"));
        String links2 = two.headers().firstValue("Link").orElseThrow();
        assertTrue(links2.contains("<" + run("countries.csv?page=1") + ">; rel=\"prev\""), links2);
        assertFalse(links2.contains("rel=\"next\""), links2);
        assertFalse(links2.contains("last"), links2);
        assertNotEquals(one.body(), two.body());
        assertEquals(400, Http.get(run("countries.csv?page=0")).statusCode());
        assertEquals(400, Http.get(run("who-cooperates.csv?page=2")).statusCode(), "not paginated");
        assertTrue(Http.get(run("who-cooperates.csv")).headers().firstValue("Link").isEmpty());
    }

    @Test
    void an_etag_answers_if_none_match_with_304_and_another_value_has_another_etag() {
        String url = run("neighbours.json?entity=" + enc(id("norway")));
        HttpResponse<String> first = Http.get(url);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "strong: " + etag);
        HttpResponse<String> again = Http.get(url, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        HttpResponse<String> other = Http.get(run("neighbours.json?entity=" + enc(id("iceland"))), "If-None-Match", etag);
        assertEquals(200, other.statusCode());
        assertNotEquals(etag, other.headers().firstValue("ETag").orElseThrow());
        HttpResponse<String> csv = Http.get(run("neighbours.csv?entity=" + enc(id("norway"))), "If-None-Match", etag);
        assertEquals(200, csv.statusCode(), "another format is another representation");
        assertEquals(first.body(), Http.get(url).body(), "the cached body is the same");
    }

    // ---- provenance

    @Test
    void provenance_gives_each_json_row_its_source_sentences() throws Exception {
        HttpResponse<String> r = Http.get(run("who-cooperates.json?provenance=true"));
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = rows(r, ResultSetLang.RS_JSON);
        assertEquals(List.of("country", "provenance"), rs.getResultVars(), "still a SPARQL JSON document");
        JsonNode bindings = JSON.readTree(r.body()).get("results").get("bindings");
        JsonNode iceland = bindings.get(0);
        assertEquals(id("iceland"), iceland.get("country").get("value").asText());
        JsonNode sentences = iceland.get("provenance").get("sentences");
        assertEquals(1, sentences.size());
        assertEquals(id("source/s2"), sentences.get(0).get("iri").asText());
        assertEquals("Iceland cooperates with the European Union too.", sentences.get(0).get("text").asText());
        assertEquals(id("source/s1"), bindings.get(1).get("provenance").get("sentences").get(0).get("iri").asText());
    }

    @Test
    void provenance_of_a_group_covers_its_members_and_of_a_fact_is_its_own_sentence() throws Exception {
        JsonNode bindings = JSON.readTree(Http.get(run("facts-per-modality.json?provenance=true")).body()).get("results").get("bindings");
        JsonNode done = bindings.get(0).get("provenance").get("sentences");
        assertEquals(List.of(id("source/s1"), id("source/s2")), List.of(done.get(0).get("iri").asText(), done.get(1).get("iri").asText()));
        assertEquals("2", bindings.get(0).get("facts").get("value").asText());
        JsonNode facts = JSON.readTree(Http.get(run("facts-by-modality.json?provenance=true&modality=" + enc(server.ns() + "ontology#Planned"))).body())
                .get("results").get("bindings");
        assertEquals(id("source/s3"), facts.get(0).get("provenance").get("sentences").get(0).get("iri").asText());
    }

    @Test
    void provenance_is_an_extra_csv_column_with_iri_and_text() {
        ResultSet rs = rows(Http.get(run("who-cooperates.csv?provenance=true")), ResultSetLang.RS_CSV);
        assertEquals(List.of("country", "provenance"), rs.getResultVars());
        QuerySolution iceland = rs.next();
        assertEquals(id("source/s2") + " Iceland cooperates with the European Union too.", iceland.get("provenance").toString());
        ResultSet tsv = rows(Http.get(run("who-cooperates.tsv?provenance=true")), ResultSetLang.RS_TSV);
        assertTrue(tsv.next().getLiteral("provenance").getString().startsWith(id("source/s2")));
    }

    @Test
    void provenance_shows_in_html_and_is_refused_for_a_graph_query() {
        HttpResponse<String> html = Http.get(run("who-cooperates?provenance=true"), "Accept", "text/html");
        assertTrue(html.body().contains("<a href=\"" + id("source/s1") + "\">"), html.body());
        assertTrue(html.body().contains("Norway cooperates closely with the European Union."));
        assertEquals(400, Http.get(run("cooperation-graph.ttl?provenance=true")).statusCode());
        assertEquals(400, Http.get(run("who-cooperates.json?provenance=maybe")).statusCode());
    }

    // ---- OpenAPI and swagger-ui

    @Test
    void openapi_document_validates_and_describes_every_query() throws Exception {
        HttpResponse<String> r = Http.get(server.url("/api/openapi.json"));
        assertEquals(200, r.statusCode());
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body(), null, null);
        assertNotNull(parsed.getOpenAPI(), String.valueOf(parsed.getMessages()));
        assertEquals(List.of(), parsed.getMessages());
        var paths = parsed.getOpenAPI().getPaths();
        String version = parsed.getOpenAPI().getInfo().getVersion();
        assertFalse(version.matches("[0-9a-f]{16,}.*"), "the API's version, not the data's hash: " + version);
        for (String name : FIXTURE_QUERIES)
            assertNotNull(paths.get("/api/queries/" + name), name);
        var modality = paths.get("/api/queries/facts-by-modality").getGet().getParameters().get(0);
        assertEquals("modality", modality.getName());
        assertEquals(List.of(server.ns() + "ontology#Done", server.ns() + "ontology#Planned"), modality.getSchema().getEnum());
        var year = paths.get("/api/queries/facts-by-year").getGet().getParameters().get(0);
        assertEquals("integer", year.getSchema().getType());
        assertTrue(year.getRequired());
        var content = paths.get("/api/queries/cooperation-graph").getGet().getResponses().get("200").getContent();
        assertTrue(content.keySet().containsAll(List.of("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml")));
        // One operation a query (swagger-ui showed GET and POST under every tag); POST is said in words.
        assertEquals(null, paths.get("/api/queries/who-cooperates").getPost());
        assertTrue(paths.get("/api/queries/who-cooperates").getGet().getDescription().contains("Also runs by POST"));
        assertFalse(paths.get("/api/queries/cooperation-graph").getGet().getDescription().contains("POST"), "a GET-only query");
        for (var item : paths.values())
            for (var op : item.readOperations())
                assertTrue(op.getTags() == null || op.getTags().size() == 1, op.getOperationId() + " under one tag");
    }

    @Test
    void json_html_and_openapi_say_the_same_of_every_query() throws Exception {
        JsonNode catalogue = JSON.readTree(Http.get(server.url("/api/queries"), "Accept", "application/json").body());
        String html = Http.get(server.url("/api/queries"), "Accept", "text/html").body();
        var paths = new OpenAPIV3Parser().readContents(Http.get(server.url("/api/openapi.json")).body(), null, null).getOpenAPI().getPaths();
        for (JsonNode q : catalogue.get("queries")) {
            String name = q.get("name").asText();
            var path = paths.get("/api/queries/" + name);
            var get = path.getGet();
            assertNotNull(get, name + " runs by GET");
            assertEquals(q.get("summary").asText().isEmpty() ? name : q.get("summary").asText(), get.getSummary(), name);
            assertEquals(JSON.convertValue(q.get("formats"), List.class), List.copyOf(get.getResponses().get("200").getContent().keySet()), name);
            assertEquals(q.get("methods").toString().contains("POST"), get.getDescription().contains("Also runs by POST"), name);
            // One tag an operation: the query's topic, which the catalogue lists it under too.
            assertEquals(List.of(q.get("topic").asText()), get.getTags(), name);
            for (JsonNode p : q.get("parameters")) {
                var op = get.getParameters().stream().filter(x -> x.getName().equals(p.get("name").asText())).findFirst().orElseThrow();
                if (p.has("allowedValues")) {
                    assertEquals(JSON.convertValue(p.get("allowedValues"), List.class), op.getSchema().getEnum(), name + " " + op.getName());
                    assertTrue(html.contains("<td>" + String.join(", ", JSON.convertValue(p.get("allowedValues"), List.class)) + "</td>"),
                            name + ": the HTML lists the same allowed values");
                }
                if (p.has("default"))
                    assertEquals(p.get("default").asText(), String.valueOf(op.getSchema().getDefault()), name + " " + op.getName());
            }
            assertTrue(html.contains("<a href=\"" + q.get("href").asText() + "\">" + name + "</a>"), name + " in the HTML");
        }
    }

    @Test
    void literals_in_an_html_result_table_link_nowhere() {
        HttpResponse<String> r = Http.get(run("label-search?q=" + enc("Norway")), "Accept", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        // A literal is not a resource: a link from it led to the query without its parameter, a 400 page.
        assertFalse(r.body().contains("<a href=\"" + run("label-search") + "\">"), r.body());
        assertTrue(r.body().contains("<td>Norway <span class=\"note\">@en</span></td>"), r.body());
    }

    @Test
    void swagger_ui_is_served_from_the_jar_without_inline_script() {
        HttpResponse<String> page = Http.get(server.url("/api/"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/webjars/swagger-ui/5.32.6/swagger-ui-bundle.js"));
        assertTrue(page.body().contains("data-spec=\"" + server.url("/api/openapi.json") + "\""));
        assertFalse(page.body().matches("(?s).*<script>.*"), "no inline script");
        HttpResponse<String> bundle = Http.get(server.url("/webjars/swagger-ui/5.32.6/swagger-ui-bundle.js"));
        assertEquals(200, bundle.statusCode());
        assertTrue(bundle.body().length() > 100_000);
        HttpResponse<String> init = Http.get(server.url("/static/js/api-docs.js"));
        assertEquals(200, init.statusCode());
        assertTrue(init.body().contains("SwaggerUIBundle"));
        assertEquals(301, Http.get(server.url("/api")).statusCode());
    }
}
