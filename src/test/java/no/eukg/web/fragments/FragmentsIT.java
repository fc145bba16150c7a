package no.eukg.web.fragments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import no.eukg.export.RdfSyntax;
import no.eukg.testing.Http;
import no.eukg.testing.RdfParsers;
import no.eukg.testing.TestServer;
import no.eukg.vocab.Hydra;

/**
 * {@code /fragments} over real HTTP and the shipped graph: every syntax read by Jena and Rio with
 * its Hydra controls and counts, paging that walks to the end and collects exactly the graph's
 * triples, bound subjects, objects and graphs, 304s, errors, and the HTML page.
 */
class FragmentsIT {
    private static final String HYDRA = Hydra.NS;
    private static TestServer server;
    private static Set<Triple> defaultGraph;
    private static Set<Quad> allQuads;

    @BeforeAll
    static void start() {
        server = TestServer.over(TestServer.shippedProject(), Duration.ofSeconds(20));
        DatasetGraph ds = server.store().dataset();
        defaultGraph = new HashSet<>();
        allQuads = new HashSet<>();
        Txn.executeRead(ds, () -> {
            ds.getDefaultGraph().find().forEachRemaining(defaultGraph::add);
            ds.find().forEachRemaining(q -> allQuads.add(q.isDefaultGraph() ? Quad.create(Quad.defaultGraphIRI, q.asTriple()) : q));
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String fragments(String query) {
        return server.url("/fragments" + (query.isEmpty() ? "" : "?" + query));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Node hydra(String local) {
        return NodeFactory.createURI(HYDRA + local);
    }

    private static DatasetGraph get(String url, RdfSyntax syntax) {
        HttpResponse<byte[]> r = Http.getBytes(url, "Accept", syntax.mediaType());
        assertEquals(200, r.statusCode(), url + ": " + new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(syntax.mediaType()), url);
        return RdfParsers.parseBoth(r.body(), syntax);
    }

    private static List<Quad> quads(DatasetGraph doc, Node s, Node p) {
        List<Quad> list = new java.util.ArrayList<>();
        doc.find(Node.ANY, s, p, Node.ANY).forEachRemaining(list::add);
        return list;
    }

    /** The one object of {@code s p ?} in any graph of the document. */
    private static Node one(DatasetGraph doc, Node s, Node p) {
        List<Node> os = quads(doc, s, p).stream().map(Quad::getObject).toList();
        assertEquals(1, os.size(), "one " + p + " of " + s + ": " + os);
        return os.get(0);
    }

    private static long number(DatasetGraph doc, Node s, Node p) {
        return Long.parseLong(one(doc, s, p).getLiteralLexicalForm());
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void every_syntax_parses_with_both_toolkits_and_carries_the_controls_and_counts(RdfSyntax syntax) {
        String url = fragments("");
        DatasetGraph doc = get(url, syntax);
        Node page = NodeFactory.createURI(url);
        Node dataset = NodeFactory.createURI(server.url("/fragments#dataset"));
        long expected = syntax.quads() ? allQuads.size() : defaultGraph.size();
        assertEquals(expected, number(doc, page, hydra("totalItems")), "hydra:totalItems");
        assertEquals(expected, number(doc, page, NodeFactory.createURI("http://rdfs.org/ns/void#triples")), "void:triples");
        assertEquals(FragmentsServlet.PAGE_SIZE, number(doc, page, hydra("itemsPerPage")));
        assertEquals(page, one(doc, page, hydra("first")));
        assertEquals(NodeFactory.createURI(server.url("/fragments?page=2")), one(doc, page, hydra("next")));
        assertTrue(quads(doc, page, hydra("previous")).isEmpty(), "no previous on page 1");
        Node search = one(doc, dataset, hydra("search"));
        String template = one(doc, search, hydra("template")).getLiteralLexicalForm();
        assertEquals(server.url("/fragments") + (syntax.quads() ? "{?subject,predicate,object,graph}" : "{?subject,predicate,object}"), template);
        assertEquals(hydra("ExplicitRepresentation"), one(doc, search, hydra("variableRepresentation")));
        Set<String> mapped = new HashSet<>();
        for (Quad m : quads(doc, search, hydra("mapping")))
            mapped.add(one(doc, m.getObject(), hydra("variable")).getLiteralLexicalForm() + "=" + one(doc, m.getObject(), hydra("property")).getURI());
        Set<String> want = new HashSet<>(Set.of("subject=" + RDF.subject.getURI(), "predicate=" + RDF.predicate.getURI(), "object=" + RDF.object.getURI()));
        if (syntax.quads())
            want.add("graph=http://www.w3.org/ns/sparql-service-description#graph");
        assertEquals(want, mapped);
        if (syntax.quads()) {
            Node metadata = NodeFactory.createURI(url + "#metadata");
            assertTrue(doc.contains(metadata, metadata, NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic"), page),
                    "the metadata graph names its topic");
            assertTrue(doc.getGraph(metadata).contains(page, hydra("totalItems"), Node.ANY), "the counts are in the metadata graph");
            assertEquals(NodeFactory.createURI(FragmentRequest.DEFAULT_GRAPH),
                    one(doc, dataset, NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#defaultGraph")));
        }
    }

    /**
     * The quads without blank nodes: the ontology's OWL lists are the graph's only blank nodes,
     * and each document names them afresh, so they are compared by count (the walk checks it).
     */
    private static <T> Set<T> ground(Set<T> statements) {
        Set<T> g = new HashSet<>();
        for (T t : statements) {
            Triple tr = t instanceof Quad q ? q.asTriple() : (Triple) t;
            if (!tr.getSubject().isBlank() && !tr.getObject().isBlank())
                g.add(t);
        }
        return g;
    }

    /** Follows hydra:next from {@code start} to the end; returns the data quads of every page (not the metadata graph). */
    private static Set<Quad> walk(String start, RdfSyntax syntax) {
        Set<Quad> seen = new HashSet<>();
        String url = start;
        int pages = 0;
        long total = -1;
        while (url != null) {
            DatasetGraph doc = get(url, syntax);
            Node page = NodeFactory.createURI(url);
            total = number(doc, page, hydra("totalItems"));
            Node metadata = NodeFactory.createURI(url + "#metadata");
            int before = seen.size();
            doc.find().forEachRemaining(q -> {
                boolean meta = syntax.quads() ? q.getGraph().equals(metadata)
                        : q.getSubject().isURI() && q.getSubject().getURI().startsWith(server.url("/fragments"))
                        || q.getPredicate().getURI().startsWith(HYDRA) || q.getObject().isURI() && q.getObject().getURI().startsWith(HYDRA);
                if (!meta)
                    seen.add(q.isDefaultGraph() ? Quad.create(Quad.defaultGraphIRI, q.asTriple()) : q);
            });
            assertTrue(seen.size() - before <= FragmentsServlet.PAGE_SIZE, "at most a page of new quads at " + url);
            List<Quad> next = quads(doc, page, Hydra.NEXT);
            url = next.isEmpty() ? null : next.get(0).getObject().getURI();
            assertTrue(++pages < 10_000, "paging does not end");
        }
        assertEquals(total, seen.size(), "the pages hold as many quads as the count says");
        return seen;
    }

    @Test
    void paging_the_open_pattern_in_turtle_collects_exactly_the_default_graph() {
        Set<Quad> seen = walk(fragments(""), RdfSyntax.TURTLE);
        Set<Triple> triples = new HashSet<>();
        seen.forEach(q -> triples.add(q.asTriple()));
        assertEquals(ground(defaultGraph), ground(triples));
        assertEquals(defaultGraph.size(), triples.size());
    }

    @Test
    void paging_the_default_graph_in_n_quads_collects_exactly_the_default_graph() {
        Set<Quad> seen = walk(fragments("graph=" + enc(FragmentRequest.DEFAULT_GRAPH)), RdfSyntax.NQUADS);
        Set<Triple> triples = new HashSet<>();
        for (Quad q : seen) {
            assertTrue(q.isDefaultGraph(), "in the default graph: " + q);
            triples.add(q.asTriple());
        }
        assertEquals(ground(defaultGraph), ground(triples));
        assertEquals(defaultGraph.size(), triples.size());
    }

    @Test
    void paging_the_open_graph_in_n_quads_collects_every_quad_in_its_graph() {
        Set<Quad> seen = walk(fragments(""), RdfSyntax.NQUADS);
        assertEquals(ground(allQuads), ground(seen));
        assertEquals(allQuads.size(), seen.size());
    }

    @Test
    void a_bound_subject_gives_that_subjects_triples() {
        Node norway = NodeFactory.createURI(server.ns() + "id/norway");
        Set<Quad> seen = walk(fragments("subject=" + enc(norway.getURI())), RdfSyntax.NTRIPLES);
        Set<Triple> want = new HashSet<>();
        defaultGraph.stream().filter(t -> t.getSubject().equals(norway)).forEach(want::add);
        assertFalse(want.isEmpty());
        Set<Triple> got = new HashSet<>();
        seen.forEach(q -> got.add(q.asTriple()));
        assertEquals(want, got);
    }

    @Test
    void a_literal_object_in_the_ldf_form_matches_that_literal() {
        Triple labelled = defaultGraph.stream().filter(t -> t.getObject().isLiteral() && !t.getObject().getLiteralLanguage().isEmpty())
                .findFirst().orElseThrow();
        Node o = labelled.getObject();
        String form = "\"" + o.getLiteralLexicalForm() + "\"@" + o.getLiteralLanguage();
        Set<Quad> seen = walk(fragments("predicate=" + enc(labelled.getPredicate().getURI()) + "&object=" + enc(form)), RdfSyntax.NTRIPLES);
        Set<Triple> want = new HashSet<>();
        defaultGraph.stream().filter(t -> t.getPredicate().equals(labelled.getPredicate()) && t.getObject().equals(o)).forEach(want::add);
        Set<Triple> got = new HashSet<>();
        seen.forEach(q -> got.add(q.asTriple()));
        assertEquals(want, got);
        Triple typed = defaultGraph.stream().filter(t -> t.getObject().isLiteral() && t.getObject().getLiteralLanguage().isEmpty()
                && !t.getObject().getLiteralDatatypeURI().endsWith("#string")).findFirst().orElseThrow();
        String typedForm = "\"" + typed.getObject().getLiteralLexicalForm() + "\"^^" + typed.getObject().getLiteralDatatypeURI();
        Set<Quad> typedSeen = walk(fragments("object=" + enc(typedForm)), RdfSyntax.NTRIPLES);
        assertTrue(typedSeen.stream().anyMatch(q -> q.asTriple().equals(typed)), typedForm + " finds " + typed);
    }

    @Test
    void a_graph_gives_that_facts_triples_in_its_graph() {
        Node fact = NodeFactory.createURI(server.ns() + "id/fact/brende-holds-minister-of-foreign-affairs");
        Set<Quad> want = new HashSet<>();
        allQuads.stream().filter(q -> q.getGraph().equals(fact)).forEach(want::add);
        assertFalse(want.isEmpty());
        assertEquals(want, walk(fragments("graph=" + enc(fact.getURI())), RdfSyntax.TRIG));
        Set<Quad> asTriples = walk(fragments("graph=" + enc(fact.getURI())), RdfSyntax.TURTLE);
        Set<Triple> wantTriples = new HashSet<>();
        want.forEach(q -> wantTriples.add(q.asTriple()));
        Set<Triple> got = new HashSet<>();
        asTriples.forEach(q -> got.add(q.asTriple()));
        assertEquals(wantTriples, got, "in a triple syntax, the graph's triples");
    }

    @Test
    void a_pattern_nothing_matches_is_an_empty_first_page_with_its_count() {
        String url = fragments("subject=" + enc("https://example.org/nothing"));
        DatasetGraph doc = get(url, RdfSyntax.NQUADS);
        assertEquals(0, number(doc, NodeFactory.createURI(url), hydra("totalItems")));
        assertTrue(doc.getDefaultGraph().isEmpty());
    }

    @Test
    void a_repeated_request_gets_304_with_the_strong_etag() {
        String url = fragments("page=2");
        HttpResponse<String> first = Http.get(url, "Accept", "application/n-quads");
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertFalse(etag.startsWith("W/"), "a strong ETag: " + etag);
        assertEquals("public, max-age=300", first.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(first.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), "Vary: Accept");
        assertTrue(first.headers().allValues("Link").stream().anyMatch(v -> v.contains("rel=\"next\"")), "a Link to the next page");
        HttpResponse<String> again = Http.get(url, "Accept", "application/n-quads", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> other = Http.get(url, "Accept", "text/turtle");
        assertFalse(etag.equals(other.headers().firstValue("ETag").orElseThrow()), "each format has its own ETag");
    }

    @Test
    void format_overrides_accept() {
        HttpResponse<String> r = Http.get(fragments("format=trig"), "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/trig"));
        RdfParsers.parseBoth(r.body(), RdfSyntax.TRIG);
    }

    @Test
    void a_page_past_the_end_is_404_and_a_bad_page_400() {
        assertEquals(404, Http.get(fragments("page=99999"), "Accept", "text/turtle").statusCode());
        HttpResponse<String> bad = Http.get(fragments("page=0"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("'page'"), bad.body());
        assertEquals(400, Http.get(fragments("subject=" + enc("\"a literal\""))).statusCode());
    }

    @Test
    void the_html_page_lists_the_quads_with_the_form_and_the_links() {
        HttpResponse<String> r = Http.get(fragments("subject=" + enc(server.ns() + "id/norway")), "Accept", "text/html,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        String html = r.body().replace("&#61;", "=").replace("&amp;", "&");
        assertTrue(html.contains("<form class=\"run\" action=\"/fragments\""), "the controls as a form");
        assertTrue(html.contains("name=\"subject\" value=\"" + server.ns() + "id/norway\""), "the form shows the pattern");
        assertTrue(html.contains("<table class=\"results\">") && html.contains("kg:norway"), "the quads");
        assertTrue(html.contains("href=\"/fragments?predicate="), "terms link to their fragments");
        assertTrue(html.contains("type=\"application/n-quads\""), "links to the other formats");
        assertFalse(html.contains("href=\"http://127.0.0.1"), "links are relative to the root");
        HttpResponse<String> all = Http.get(fragments(""), "Accept", "text/html");
        assertEquals(200, all.statusCode(), all.body());
        assertTrue(all.body().contains("rel=\"next\">next</a>"), "a next link: " + all.body().substring(Math.max(0, all.body().length() - 1500)));
    }
}
