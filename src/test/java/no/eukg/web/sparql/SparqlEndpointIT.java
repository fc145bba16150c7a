package no.eukg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import no.eukg.testing.Eventually;
import no.eukg.testing.Http;
import no.eukg.testing.TestServer;

/** The SPARQL 1.1 Protocol endpoint over real HTTP, on the tiny fixture project. */
class SparqlEndpointIT {
    private static final String SELECT = "SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = 'en' && CONTAINS(STR(?s), '/id/')) } ORDER BY ?s";
    private static final String CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.over(TestServer.tinyProject(), Duration.ofSeconds(2));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String sparql(String query, String... extra) {
        StringBuilder url = new StringBuilder(server.url("/sparql?query=") + URLEncoder.encode(query, StandardCharsets.UTF_8));
        for (String e : extra)
            url.append('&').append(e);
        return url.toString();
    }

    private static long count() {
        try (var exec = QueryExecHTTP.service(server.url("/sparql")).query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").build()) {
            return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
        }
    }

    @Test
    void iris_in_results_belong_to_the_running_server() {
        try (var exec = QueryExecHTTP.service(server.url("/sparql")).query(SELECT).build()) {
            var rows = exec.select();
            assertTrue(rows.hasNext());
            assertEquals(server.ns() + "id/eu", rows.next().get("s").getURI());
        }
    }

    @ParameterizedTest(name = "SELECT as {0} by Accept")
    @CsvSource({
        "application/sparql-results+json, JSON",
        "application/sparql-results+xml, XML",
        "text/csv, CSV",
        "text/tab-separated-values, TSV"})
    void select_results_in_every_format_by_accept(String mediaType, String lang) {
        HttpResponse<String> r = Http.get(sparql(SELECT), "Accept", mediaType);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(mediaType));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), langOf(lang));
        assertEquals(3, rs.rewindable().size());
    }

    @ParameterizedTest(name = "SELECT as {0} by format=")
    @CsvSource({"json, application/sparql-results+json", "xml, application/sparql-results+xml",
                "csv, text/csv", "tsv, text/tab-separated-values"})
    void select_results_by_format_parameter(String format, String mediaType) {
        HttpResponse<String> r = Http.get(sparql(SELECT, "format=" + format));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(mediaType), r.headers().toString());
    }

    @Test
    void ask_answers_a_boolean_in_json() {
        HttpResponse<String> r = Http.get(sparql("ASK { ?s ?p ?o }"), "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"boolean\" : true") || r.body().contains("\"boolean\": true"), r.body());
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({"text/turtle, TURTLE", "application/n-triples, NTRIPLES", "application/ld+json, JSONLD",
                "application/rdf+xml, RDFXML"})
    void construct_in_every_rdf_format_parses_back_to_the_same_graph(String mediaType, String lang) {
        HttpResponse<String> r = Http.get(sparql(CONSTRUCT), "Accept", mediaType);
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), rdfLang(lang)).base(server.base()).parse(m);
        Model expected = ModelFactory.createModelForGraph(expectedDefaultGraph());
        assertTrue(m.isIsomorphicWith(expected), "CONSTRUCT as " + mediaType + " is not the default graph");
    }

    @ParameterizedTest(name = "CONSTRUCT with format={0}")
    @CsvSource({"ttl, text/turtle, TURTLE", "nt, application/n-triples, NTRIPLES",
                "json-ld, application/ld+json, JSONLD", "xml, application/rdf+xml, RDFXML"})
    void construct_by_format_parameter(String format, String mediaType, String lang) {
        HttpResponse<String> r = Http.get(sparql(CONSTRUCT, "format=" + format));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(mediaType), r.headers().toString());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), rdfLang(lang)).base(server.base()).parse(m);
        assertTrue(m.isIsomorphicWith(ModelFactory.createModelForGraph(expectedDefaultGraph())));
    }

    @Test
    void describe_answers_turtle_about_the_resource() {
        HttpResponse<String> r = Http.get(sparql("DESCRIBE <" + server.ns() + "id/norway>"), "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(m.createResource(server.ns() + "id/norway"), null, "Norge", "nb"));
    }

    @Test
    void post_form_and_post_query_body_are_answered() {
        HttpResponse<String> form = Http.post(server.url("/sparql"), "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(SELECT, StandardCharsets.UTF_8), "Accept", "text/csv");
        HttpResponse<String> body = Http.post(server.url("/sparql"), "application/sparql-query", SELECT, "Accept", "text/csv");
        assertAll(
            () -> assertEquals(200, form.statusCode()),
            () -> assertEquals(200, body.statusCode()),
            () -> assertEquals(form.body(), body.body()),
            () -> assertTrue(body.body().contains(server.ns() + "id/norway")));
    }

    @Test
    void a_get_without_query_answers_the_service_description() {
        HttpResponse<String> r = Http.get(server.url("/sparql"), "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        var sd = "http://www.w3.org/ns/sparql-service-description#";
        assertTrue(m.contains(null, m.createProperty(sd + "endpoint"), m.createResource(server.url("/sparql"))));
        assertTrue(m.contains(null, m.createProperty(sd + "supportedLanguage"), m.createResource(sd + "SPARQL11Query")));
    }

    @Test
    void updates_are_refused_and_change_nothing() {
        long before = count();
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        HttpResponse<String> direct = Http.post(server.url("/sparql"), "application/sparql-update", update);
        HttpResponse<String> form = Http.post(server.url("/sparql"), "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8));
        for (var r : new HttpResponse<?>[] {direct, form})
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.request().method() + " gave " + r.statusCode());
        // Graph Store writes over a raw socket: Fuseki may refuse before reading the body, which a
        // client library still sending it reports as a broken pipe instead of the answer.
        int port = java.net.URI.create(server.base()).getPort();
        byte[] turtle = "<urn:x:a> <urn:x:b> <urn:x:c> .".getBytes(StandardCharsets.UTF_8);
        String[] asTurtle = {"Content-Type", "text/turtle"};
        for (var r : new no.eukg.testing.RawHttp.Response[] {
                no.eukg.testing.RawHttp.send(port, "PUT", "/sparql?default", asTurtle, turtle),
                no.eukg.testing.RawHttp.send(port, "POST", "/sparql?graph=urn:x:g", asTurtle, turtle),
                no.eukg.testing.RawHttp.send(port, "DELETE", "/sparql?default", new String[0], null)})
            assertTrue(r.status() >= 400 && r.status() < 500, "a Graph Store write gave " + r.status());
        assertEquals(before, count());
        HttpResponse<String> ask = Http.get(sparql("ASK { <urn:x:a> ?p ?o }"), "Accept", "application/sparql-results+json");
        assertTrue(ask.body().contains("false"));
    }

    @Test
    void a_malformed_query_gets_400_with_line_and_column_and_no_stack_trace() {
        HttpResponse<String> r = Http.get(sparql("SELECT ?s WHERE {\n  ?s ?p \n}"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 3, column 1"), r.body());
        assertFalse(r.body().contains("at org.apache"), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
    }

    @Test
    void a_runaway_query_is_stopped_at_the_timeout_while_others_are_answered() throws Exception {
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r . ?x ?y ?z }";
        var slow = java.util.concurrent.CompletableFuture.supplyAsync(() -> Http.get(sparql(runaway), "Accept", "text/csv"));
        // The light query goes once the runaway is being evaluated, not merely sent.
        Eventually.until(Duration.ofSeconds(10), () -> server.sparqlQueriesRunning() > 0, "the runaway to be evaluated");
        long start = System.nanoTime();
        HttpResponse<String> light = Http.get(sparql("ASK { ?s ?p ?o }"), "Accept", "text/csv");
        long lightMillis = (System.nanoTime() - start) / 1_000_000;
        HttpResponse<String> stopped = slow.get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, light.statusCode());
        assertTrue(lightMillis < 1500, "a light query waited " + lightMillis + " ms behind the runaway");
        assertEquals(503, stopped.statusCode(), stopped.body());
        assertTrue(stopped.body().toLowerCase().contains("timed out") || stopped.body().toLowerCase().contains("timeout"), stopped.body());
    }

    @Test
    void cors_headers_let_browser_clients_from_other_origins_query() {
        HttpResponse<String> r = Http.get(sparql(SELECT), "Origin", "https://yasgui.example.org", "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
        HttpResponse<String> preflight = Http.method("OPTIONS", server.url("/sparql"), null, null,
                "Origin", "https://yasgui.example.org", "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "Content-Type");
        assertTrue(preflight.statusCode() < 300, "preflight " + preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Test
    void responses_are_gzipped_when_the_client_accepts_it() throws Exception {
        HttpResponse<byte[]> r = Http.getBytes(sparql(CONSTRUCT), "Accept", "application/n-triples", "Accept-Encoding", "gzip");
        assertEquals(200, r.statusCode());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        String text = new String(new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains(server.ns() + "id/norway"));
    }

    @Test
    void ping_and_prometheus_metrics_answer() {
        assertEquals(200, Http.get(server.url("/$/ping")).statusCode());
        HttpResponse<String> metrics = Http.get(server.url("/$/metrics"));
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("# TYPE"), "not Prometheus text: " + metrics.body().substring(0, Math.min(200, metrics.body().length())));
    }

    private static Graph expectedDefaultGraph() {
        return server.store().dataset().getDefaultGraph();
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "JSON" -> ResultSetLang.RS_JSON;
            case "XML" -> ResultSetLang.RS_XML;
            case "CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
    }

    private static Lang rdfLang(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
    }
}
