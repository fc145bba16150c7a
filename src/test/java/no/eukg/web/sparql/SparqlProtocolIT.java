package no.eukg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.eukg.testing.Http;
import no.eukg.testing.RawHttp;
import no.eukg.testing.TestServer;

/**
 * The SPARQL 1.1 Protocol as the W3C protocol tests read it, over real HTTP: what the query
 * endpoint refuses (updates, two queries), the {@code timeout} parameter, the request's charset,
 * HEAD, {@code Vary}, and federation.
 */
class SparqlProtocolIT {
    /** Never finishes on the fixture: seven unconstrained patterns joined. */
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r . ?x ?y ?z }";
    private static final Duration SERVER_TIMEOUT = Duration.ofSeconds(4);
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.over(TestServer.tinyProject(), SERVER_TIMEOUT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int port() {
        return URI.create(server.base()).getPort();
    }

    private static boolean holdsData() {
        HttpResponse<String> r = Http.get(server.url("/sparql?query=" + q("ASK { ?s ?p ?o }")), "Accept", "application/sparql-results+json");
        return r.body().contains("true");
    }

    @ParameterizedTest(name = "format={0}")
    @org.junit.jupiter.params.provider.CsvSource({"ttl, text/turtle, TURTLE", "n3, text/turtle, TURTLE", "jsonld, application/ld+json, JSONLD",
            "json-ld, application/ld+json, JSONLD", "rdf, application/rdf+xml, RDFXML", "rdf+xml, application/rdf+xml, RDFXML",
            "nt, application/n-triples, NTRIPLES", "json, application/ld+json, JSONLD", "xml, application/rdf+xml, RDFXML"})
    void a_construct_comes_in_the_format_its_name_says_the_same_names_as_every_url(String name, String type, String lang) {
        HttpResponse<String> r = Http.get(server.url("/sparql?format=" + q(name) + "&query=" + q("CONSTRUCT WHERE { ?s ?p ?o }")));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), r.headers().toString());
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(r.body(), (org.apache.jena.riot.Lang) org.apache.jena.riot.RDFLanguages.nameToLang(lang.equals("RDFXML") ? "RDF/XML" : lang.equals("JSONLD") ? "JSON-LD" : lang.equals("NTRIPLES") ? "N-Triples" : "Turtle")).parse(g);
        assertTrue(g.size() > 0, name);
    }

    @ParameterizedTest(name = "format={0}")
    @org.junit.jupiter.params.provider.CsvSource({"csv, text/csv", "tsv, text/tab-separated-values", "json, application/sparql-results+json",
            "xml, application/sparql-results+xml"})
    void a_select_comes_in_the_format_its_name_says(String name, String type) {
        HttpResponse<String> r = Http.get(server.url("/sparql?format=" + name + "&query=" + q("SELECT * WHERE { ?s ?p ?o } LIMIT 1")));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), r.headers().toString());
    }

    @Test
    void nothing_acceptable_is_406_for_a_construct_as_for_a_select_but_star_still_answers() {
        String construct = server.url("/sparql?query=" + q("CONSTRUCT WHERE { ?s ?p ?o }"));
        String select = server.url("/sparql?query=" + q("SELECT * WHERE { ?s ?p ?o } LIMIT 1"));
        assertEquals(406, Http.get(construct, "Accept", "text/csv").statusCode(), "a results format is no RDF syntax");
        assertEquals(406, Http.get(select, "Accept", "image/png").statusCode());
        HttpResponse<String> star = Http.get(construct, "Accept", "text/csv, */*;q=0.1");
        assertEquals(200, star.statusCode());
        assertEquals(200, Http.get(construct, "Accept", "application/json").statusCode(), "JSON-LD is JSON");
    }

    @Test
    void a_graph_format_is_asked_for_by_name_too() {
        HttpResponse<String> r = Http.get(server.url("/sparql?format=graphml&query=" + q("CONSTRUCT WHERE { ?s ?p ?o }")));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/graphml+xml"), r.headers().toString());
        assertTrue(r.body().contains("<graphml"), r.body());
    }

    @Test
    void an_update_sent_by_get_is_refused_with_400_saying_where_updates_go() {
        HttpResponse<String> r = Http.get(server.url("/sparql?update=" + q("DROP ALL")), "Accept", "text/plain");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("SPARQL Update is not accepted"), r.body());
        assertFalse(r.body().contains("sd:Service") || r.body().contains("sparql-service-description"), "not the service description");
        assertTrue(holdsData());
    }

    @Test
    void with_updates_on_the_refusal_says_to_post_them_to_update() {
        try (TestServer editable = TestServer.withUpdates(TestServer.tinyProject(), SERVER_TIMEOUT,
                new no.eukg.web.UpdateAccess("editor", "correct-horse-battery-staple"))) {
            HttpResponse<String> r = Http.get(editable.url("/sparql?update=" + q("DROP ALL")), "Accept", "text/plain");
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("send updates by POST to /update"), r.body());
        }
    }

    @Test
    void a_query_and_an_update_together_are_refused_with_400() {
        HttpResponse<String> get = Http.get(server.url("/sparql?query=" + q("ASK {}") + "&update=" + q("DROP ALL")));
        HttpResponse<String> form = Http.post(server.url("/sparql"), "application/x-www-form-urlencoded",
                "query=" + q("ASK {}") + "&update=" + q("DROP ALL"));
        assertAll(
            () -> assertEquals(400, get.statusCode(), get.body()),
            () -> assertEquals(400, form.statusCode(), form.body()),
            () -> assertTrue(get.body().contains("update"), get.body()));
        assertTrue(holdsData());
    }

    @Test
    void two_query_parameters_are_refused_with_400() {
        HttpResponse<String> r = Http.get(server.url("/sparql?query=" + q("ASK {}") + "&query=" + q("ASK { ?s ?p ?o }")));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("query"), r.body());
    }

    @ParameterizedTest(name = "timeout={0} stops a runaway query early")
    @ValueSource(strings = {"0.5", "500ms", "1s", "1.5s"})
    void the_timeout_parameter_takes_decimal_seconds_and_unit_suffixes(String timeout) {
        long start = System.nanoTime();
        HttpResponse<String> r = Http.get(server.url("/sparql?timeout=" + q(timeout) + "&query=" + q(RUNAWAY)), "Accept", "text/csv");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(millis < SERVER_TIMEOUT.toMillis() - 1000, "timeout=" + timeout + " took " + millis + " ms, the server's own limit");
    }

    @Test
    void a_timeout_above_the_servers_is_held_to_the_servers() {
        long start = System.nanoTime();
        HttpResponse<String> r = Http.get(server.url("/sparql?timeout=2m&query=" + q(RUNAWAY)), "Accept", "text/csv");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(millis < 30_000, "ran " + millis + " ms");
    }

    @ParameterizedTest(name = "timeout={0} is a 400 naming the parameter")
    @ValueSource(strings = {"soon", "0", "-1", "1h", "1,5", "0ms", ""})
    void an_unreadable_timeout_is_a_400_naming_the_parameter(String timeout) {
        HttpResponse<String> r = Http.get(server.url("/sparql?timeout=" + q(timeout) + "&query=" + q("ASK {}")), "Accept", "text/plain");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("timeout"), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
    }

    @ParameterizedTest(name = "a query body with {0} is read in its charset")
    @ValueSource(strings = {"application/sparql-query; charset=iso-8859-1", "application/sparql-query; charset=UTF-8",
                            "application/sparql-query"})
    void a_query_body_is_read_in_the_charset_its_content_type_names(String contentType) {
        Charset charset = contentType.contains("iso-8859-1") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
        RawHttp.Response r = RawHttp.send(port(), "POST", "/sparql", new String[] {"Content-Type", contentType, "Accept", "text/csv"},
                "SELECT (\"Tromsø\" AS ?x) {}".getBytes(charset));
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains("Tromsø"), r.body());
    }

    @Test
    void a_form_in_latin_1_is_read_in_latin_1() {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        byte[] form = ("query=" + URLEncoder.encode("SELECT (\"Tromsø\" AS ?x) {}", latin1)).getBytes(StandardCharsets.US_ASCII);
        RawHttp.Response r = RawHttp.send(port(), "POST", "/sparql",
                new String[] {"Content-Type", "application/x-www-form-urlencoded; charset=iso-8859-1", "Accept", "text/csv"}, form);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains("Tromsø"), r.body());
    }

    @Test
    void an_unknown_charset_is_a_415_naming_it() {
        RawHttp.Response r = RawHttp.send(port(), "POST", "/sparql",
                new String[] {"Content-Type", "application/sparql-query; charset=x-no-such-charset", "Accept", "text/plain"},
                "ASK {}".getBytes(StandardCharsets.US_ASCII));
        assertEquals(415, r.status(), r.body());
        assertTrue(r.body().contains("x-no-such-charset"), r.body());
    }

    @Test
    void head_of_a_query_answers_as_get_without_a_body() {
        String url = server.url("/sparql?query=" + q("ASK { ?s ?p ?o }"));
        HttpResponse<String> head = Http.method("HEAD", url, null, null, "Accept", "application/sparql-results+json");
        HttpResponse<String> get = Http.get(url, "Accept", "application/sparql-results+json");
        assertEquals(200, head.statusCode(), head.body());
        assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
        assertEquals("", head.body());
        // Over a socket too: no bytes after the headers.
        RawHttp.Response raw = RawHttp.send(port(), "HEAD", "/sparql?query=" + q("ASK { ?s ?p ?o }"), new String[] {"Accept", "text/csv"}, null);
        assertEquals(200, raw.status());
        assertEquals("", raw.body());
    }

    @Test
    void answers_to_get_and_post_vary_on_accept() {
        HttpResponse<String> get = Http.get(server.url("/sparql?query=" + q("ASK {}")), "Accept", "text/csv");
        HttpResponse<String> post = Http.post(server.url("/sparql"), "application/x-www-form-urlencoded", "query=" + q("ASK {}"), "Accept", "text/csv");
        HttpResponse<String> body = Http.post(server.url("/sparql"), "application/sparql-query", "ASK {}", "Accept", "text/csv");
        HttpResponse<String> description = Http.get(server.url("/sparql"), "Accept", "text/turtle");
        for (HttpResponse<String> r : java.util.List.of(get, post, body, description)) {
            String vary = String.join(",", r.headers().allValues("Vary")).toLowerCase();
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(vary.contains("accept"), r.request().method() + " " + r.request().uri() + ": Vary is " + vary);
            assertTrue(vary.contains("origin"), r.request().method() + " " + r.request().uri() + ": Vary is " + vary);
        }
    }

    @Test
    void a_query_with_service_is_refused_with_400_saying_federation_is_off() {
        for (String query : new String[] {
                "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
                "SELECT * WHERE { { SELECT ?s WHERE { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } } } }"}) {
            HttpResponse<String> r = Http.get(server.url("/sparql?query=" + q(query)), "Accept", "text/plain");
            assertEquals(400, r.statusCode(), query + ": " + r.body());
            assertTrue(r.body().contains("federation (SERVICE) is off on this server"), r.body());
            assertFalse(r.body().contains("httpServiceAllowed"), r.body());
        }
    }
}
