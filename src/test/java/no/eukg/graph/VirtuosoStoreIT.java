package no.eukg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.eukg.export.RdfSyntax;
import no.eukg.linked.SparqlLabelSearch;
import no.eukg.query.QueryCatalogue;
import no.eukg.query.QueryService;
import no.eukg.testing.CannedRuns;
import no.eukg.testing.Http;
import no.eukg.testing.RdfParsers;
import no.eukg.testing.TestServer;
import no.eukg.testing.Virtuoso;

/**
 * The publisher in front of OpenLink Virtuoso (Debian's {@code virtuoso-opensource}) as a user
 * sets it up: the full dataset's N-Quads dump loaded with Virtuoso's bulk loader, its default
 * graph into {@code <id/graph/default>}, and {@code serve --store sparql:…/sparql}. Virtuoso's
 * default graph is the union of all its graphs, its own included, and it cuts every answer at
 * {@code ResultSetMaxRows}, here 1,000, a third of the shipped graph. Every answer is compared
 * with the same publisher's over the in-memory store.
 */
class VirtuosoStoreIT {
    private static final Path PROJECT = TestServer.shippedProject();
    private static final Namespace NS = new ProjectFiles(PROJECT).namespace();
    private static final int ROW_CAP = 1000;
    @TempDir static Path dir;
    private static TestServer local;
    private static Virtuoso virtuoso;
    private static TestServer front;

    @BeforeAll
    static void start() throws Exception {
        local = TestServer.over(PROJECT, Duration.ofSeconds(30));
        virtuoso = Virtuoso.holding(local, dir, ROW_CAP, NS);
        // Virtuoso's text index over literals, as the README says to turn it on for search by words.
        virtuoso.isql("DB.DBA.RDF_OBJ_FT_RULE_ADD(null, null, 'All');", "DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ();");
        front = TestServer.over(new RemoteStore(virtuoso.endpoint(), NS), PROJECT, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (front != null) front.close();
        if (virtuoso != null) virtuoso.close();
        if (local != null) local.close();
    }

    @Test
    void the_union_default_layout_and_the_row_cap_are_found() {
        RemoteStore store = (RemoteStore) front.store();
        assertTrue(store.layout().rewrites(), store.layout().toString());
        assertEquals(ROW_CAP, store.rowCap(Duration.ofSeconds(10)).orElseThrow());
    }

    @Test
    void every_canned_query_with_and_without_provenance_answers_as_in_memory() {
        QueryCatalogue catalogue = QueryCatalogue.load(new ProjectFiles(PROJECT).queryFiles(), NS);
        Map<String, String> expected = CannedRuns.all(new QueryService(catalogue, local.store(), Duration.ofSeconds(30)), NS.iri());
        Map<String, String> actual = CannedRuns.all(new QueryService(catalogue, front.store(), Duration.ofSeconds(30)), NS.iri());
        assertEquals(2 * catalogue.queries().stream().filter(q -> q.query().isSelectType()).count()
                + catalogue.queries().stream().filter(q -> !q.query().isSelectType()).count(), expected.size());
        expected.forEach((run, answer) -> assertEquals(answer, actual.get(run), run));
    }

    @Test
    void sparql_through_the_front_sees_the_dataset_not_the_union() {
        for (String query : List.of("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                "SELECT (COUNT(*) AS ?n) { ?s a <http://www.w3.org/2002/07/owl#Class> }")) {
            String q = "/sparql?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(Http.get(local.url(q), "Accept", "text/csv").body(), Http.get(front.url(q), "Accept", "text/csv").body(), query);
        }
    }

    @Test
    void dumps_are_whole_though_the_store_cuts_answers() {
        DatasetGraph loaded = RdfParsers.parseBoth(Http.getBytes(local.url("/dumps/dataset.nq")).body(), RdfSyntax.NQUADS);
        var r = Http.getBytes(front.url("/dumps/dataset.nq"));
        assertEquals(200, r.statusCode());
        DatasetGraph dumped = RdfParsers.parseBoth(r.body(), RdfSyntax.NQUADS);
        assertTrue(loaded.stream().count() > 3 * ROW_CAP, "the graph is bigger than the cap");
        assertEquals(loaded.stream().count(), dumped.stream().count());
        assertTrue(IsoMatcher.isomorphic(loaded, dumped), "the dump through Virtuoso is the dataset");
        String listing = Http.get(front.url("/dumps/index.json")).body();
        assertEquals(statements(Http.get(local.url("/dumps/index.json")).body()), statements(listing));
    }

    @Test
    void pages_and_descriptions_are_those_of_the_in_memory_store() {
        for (String path : List.of("norway", "eu", "fact/brende-holds-minister-of-foreign-affairs", "source/s1")) {
            var mem = Http.get(local.url("/page/" + path));
            var virt = Http.get(front.url("/page/" + path));
            assertEquals(200, virt.statusCode(), path + ": " + virt.body());
            assertEquals(links(mem.body(), local), links(virt.body(), front), "/page/" + path + " links");
            DatasetGraph a = RdfParsers.parseBoth(Http.getBytes(local.url("/data/" + path), "Accept", "application/n-triples").body(), RdfSyntax.NTRIPLES);
            DatasetGraph b = RdfParsers.parseBoth(Http.getBytes(front.url("/data/" + path), "Accept", "application/n-triples").body(), RdfSyntax.NTRIPLES);
            assertTrue(IsoMatcher.isomorphic(a, b), "/data/" + path);
        }
    }

    @Test
    void the_ontology_document_is_the_in_memory_stores_lists_included() {
        DatasetGraph a = RdfParsers.parseBoth(Http.getBytes(local.url("/ontology.nt")).body(), RdfSyntax.NTRIPLES);
        var r = Http.getBytes(front.url("/ontology.nt"));
        assertEquals(200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        DatasetGraph b = RdfParsers.parseBoth(r.body(), RdfSyntax.NTRIPLES);
        assertTrue(a.getDefaultGraph().contains(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.RDF.first.asNode(),
                org.apache.jena.graph.Node.ANY), "the ontology has lists (owl:unionOf, owl:oneOf)");
        assertEquals(a.getDefaultGraph().size(), b.getDefaultGraph().size());
        assertTrue(IsoMatcher.isomorphic(a, b), "/ontology.nt through Virtuoso");
        assertEquals(200, Http.get(front.url("/ontology"), "Accept", "text/html").statusCode(), "its documentation, with the counts");
    }

    @Test
    void void_statistics_count_the_dataset() {
        String mem = Http.get(local.url("/.well-known/void"), "Accept", "application/n-triples").body().replace(local.base(), "BASE/");
        String virt = Http.get(front.url("/.well-known/void"), "Accept", "application/n-triples").body().replace(front.base(), "BASE/");
        assertEquals(counts(mem), counts(virt));
        assertTrue(counts(mem).size() > 5, counts(mem).toString());
    }

    @Test
    void search_finds_what_the_in_memory_store_finds_exact_match_first_and_no_store_terms() {
        for (String q : List.of("Norway", "Norge", "European Union", "battle", "union", "EEA")) {
            List<String> mem = hits(Http.get(local.url("/search.json?q=" + q.replace(' ', '+'))).body());
            List<String> virt = hits(Http.get(front.url("/search.json?q=" + q.replace(' ', '+'))).body());
            assertEquals(new TreeSet<>(mem), new TreeSet<>(virt), q);
        }
        for (String exact : List.of("Norway", "Norge", "European Union"))
            assertEquals(hits(Http.get(local.url("/search.json?q=" + exact.replace(' ', '+'))).body()).get(0),
                    hits(Http.get(front.url("/search.json?q=" + exact.replace(' ', '+'))).body()).get(0), exact + ": the exact label first");
    }

    @Test
    void search_by_words_uses_the_stores_text_index() {
        SparqlLabelSearch search = new SparqlLabelSearch(front.store(), Duration.ofSeconds(10));
        assertTrue(search.usesTextIndex(), "bif:contains is found");
        List<String> found = search.search("battle groups", 20).stream().map(h -> h.resource().getURI()).toList();
        assertTrue(found.contains(NS.resources() + "eu-battle-groups"), found.toString());
        assertEquals(NS.resources() + "norway", search.search("Norway", 20).get(0).resource().getURI(), "the exact label first");
    }

    @Test
    void graph_exports_hold_the_whole_graph() {
        String mem = Http.get(local.url("/graph.graphml")).body();
        String virt = Http.get(front.url("/graph.graphml")).body();
        assertEquals(count(mem, "<node "), count(virt, "<node "));
        assertEquals(count(mem, "<edge "), count(virt, "<edge "));
    }

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    /** A page's links, the server's own address written as {@code BASE/}. */
    private static Set<String> links(String html, TestServer server) {
        Set<String> out = new TreeSet<>();
        Matcher m = HREF.matcher(html);
        while (m.find())
            out.add(m.group(1).replace(server.base(), "BASE/"));
        return out;
    }

    /** The VoID description's numbers: every statement with an integer object, blank subjects as one. */
    private static List<String> counts(String ntriples) {
        // Not dcat:byteSize: a dump's bytes depend on its blank nodes' labels, not on what it holds.
        return ntriples.lines().filter(line -> line.contains("XMLSchema#integer>") && !line.contains("dcat#byteSize"))
                .map(line -> line.replaceFirst("^_:\\S+", "_:b")).sorted().toList();
    }

    private static List<String> hits(String json) {
        return JSON.parse(json).get("results").getAsArray().stream().map(v -> v.getAsObject().get("iri").getAsString().value()).toList();
    }

    private static List<Long> statements(String listing) {
        return JSON.parse(listing).get("dumps").getAsArray().stream().map(v -> v.getAsObject().get("statements").getAsNumber().value().longValue()).toList();
    }

    private static long count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1L;
    }
}
