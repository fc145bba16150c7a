package no.eukg.web.fragments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import no.eukg.graph.ProjectFiles;
import no.eukg.query.CannedQuery;
import no.eukg.query.QueryCatalogue;
import no.eukg.query.QueryService;
import no.eukg.query.RunRequest;
import no.eukg.testing.CannedRuns;
import no.eukg.testing.Comunica;
import no.eukg.testing.Http;
import no.eukg.testing.TestServer;
import no.eukg.web.Limits;

/**
 * The real Comunica, given only {@code /fragments}, answers the canned queries' SPARQL as
 * {@code /sparql} does: each canned query, its required parameters bound (as {@code CannedRuns}
 * binds them), is sent to both, and the rows are compared without regard to order (blank nodes
 * as blank nodes, whatever their labels); CONSTRUCT answers as sorted triples the same way.
 */
class FragmentsComunicaIT {
    /** Values of the shipped graph for required parameters that list none (as in {@code CannedRuns}). */
    /**
     * The canned queries Comunica is not asked, and why: none. Every one (GRAPH ?g and GRAPH <fact>
     * over the quad patterns, property paths, OPTIONAL, aggregates, VALUES, FILTER) is answered.
     * A query that came to need what only this server's store has (jena-text's text:query, say)
     * would go here with its reason.
     */
    static final Map<String, String> EXCLUDED = Map.of();
    private static final Duration PER_QUERY = Duration.ofSeconds(90);

    private static TestServer server;
    private static QueryService service;
    private static Comunica comunica;

    @BeforeAll
    static void start() {
        comunica = Comunica.installed();
        // Comunica asks for many pages at once; the budget per client is opened as BadInputIT does.
        Limits d = Limits.defaults();
        server = TestServer.over(TestServer.shippedProject(), Duration.ofSeconds(30), new Limits(d.maxRequestBytes(),
                d.maxConcurrentQueries(), d.maxQueuedQueries(), Duration.ofHours(1), 1_000_000, d.resultLimit()));
        ProjectFiles files = new ProjectFiles(TestServer.shippedProject());
        service = new QueryService(QueryCatalogue.load(files.queryFiles(), files.namespace()), server.store(), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    @Test
    void comunica_is_installed_and_reads_the_interface() {
        String out = comunica.query(server.url("/fragments"), "ASK { ?s ?p ?o }", "application/sparql-results+json", PER_QUERY);
        assertTrue(out.contains("true"), out);
    }

    @TestFactory
    Stream<DynamicTest> comunica_over_fragments_answers_every_canned_query_as_sparql_does() {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<DynamicTest> tests = new ArrayList<>();
        AtomicInteger answered = new AtomicInteger();
        for (CannedQuery canned : service.catalogue().queries()) {
            if (EXCLUDED.containsKey(canned.name()))
                continue;
            Query query = service.bound(bind(canned));
            Future<String[]> answers = pool.submit(() -> answers(query));
            tests.add(DynamicTest.dynamicTest(canned.name(), () -> {
                String[] both = answers.get();
                assertEquals(both[0], both[1], canned.name() + ": /sparql's answer, then Comunica's over /fragments\n" + query);
                if (both[0].lines().count() > 1 || both[0].equals("ASK true"))
                    answered.incrementAndGet();
            }));
        }
        pool.shutdown();
        int asked = tests.size();
        // The comparison means something only if most answers hold rows.
        tests.add(DynamicTest.dynamicTest("most answers are not empty", () ->
                assertTrue(answered.get() * 4 >= asked * 3, answered.get() + " of " + asked + " answers hold rows")));
        return tests.stream();
    }

    /** The answer of /sparql and of Comunica over /fragments, each as order-free text. */
    private static String[] answers(Query query) {
        String sparql = query.serialize();
        String type = query.isSelectType() || query.isAskType() ? "application/sparql-results+json" : "application/n-triples";
        HttpResponse<String> r = Http.post(server.url("/sparql"), "application/sparql-query", sparql, "Accept", type);
        assertEquals(200, r.statusCode(), r.body());
        String theirs = comunica.query(server.url("/fragments"), sparql, type, PER_QUERY);
        return new String[] {text(query, r.body()), text(query, theirs)};
    }

    private static String text(Query query, String body) {
        ByteArrayInputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        if (query.isAskType())
            return "ASK " + ResultSetMgr.readBoolean(in, ResultSetLang.RS_JSON);
        if (!query.isSelectType()) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(g);
            // Blank nodes by position, not label: the same graph gives the same text.
            return String.join("\n", g.find().toList().stream()
                    .map(t -> show(t.getSubject()) + " " + show(t.getPredicate()) + " " + show(t.getObject())).sorted().toList());
        }
        ResultSet rs = ResultSetMgr.read(in, ResultSetLang.RS_JSON);
        List<String> vars = rs.getResultVars().stream().sorted().toList();
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            StringBuilder b = new StringBuilder();
            for (String v : vars)
                b.append(v).append('=').append(s.contains(v) ? show(s.get(v).asNode()) : "-").append(' ');
            rows.add(b.toString());
        }
        return "vars " + vars + "\n" + String.join("\n", rows.stream().sorted().toList());
    }

    private static String show(Node n) {
        return n.isBlank() ? "_:b" : n.toString();
    }

    private static RunRequest bind(CannedQuery query) {
        return service.bind(query.name(), CannedRuns.requiredValues(service, query, server.ns()));
    }
}
