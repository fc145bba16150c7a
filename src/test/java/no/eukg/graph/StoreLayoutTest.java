package no.eukg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.eukg.query.QueryCatalogue;
import no.eukg.query.QueryService;
import no.eukg.testing.CannedRuns;
import no.eukg.testing.TestServer;

/**
 * The shipped dataset laid out as a union-default store holds it (Virtuoso's layout: the default
 * graph in its named graph, the store's default graph the union of every graph, a system graph of
 * the store's own beside them): every canned query, rewritten by {@link StoreLayout}, answers
 * there exactly as the query answers on the dataset itself.
 */
class StoreLayoutTest {
    private static final ProjectFiles PROJECT = new ProjectFiles(TestServer.shippedProject());
    private static final Namespace NS = PROJECT.namespace();
    private static final StoreLayout LAYOUT = StoreLayout.defaultGraphNamed(NS);
    private static DatasetGraph dataset;
    private static DatasetGraph unionStore;

    @BeforeAll
    static void load() {
        dataset = ProjectGraph.load(PROJECT);
        unionStore = asUnionDefaultStore(dataset);
    }

    /** What loading the N-Quads dump into Virtuoso with {@code ld_dir(…, <graph/default>)} makes. */
    private static DatasetGraph asUnionDefaultStore(DatasetGraph source) {
        DatasetGraph store = DatasetGraphFactory.createGeneral();
        Node defaultGraph = NodeFactory.createURI(NS.defaultGraph());
        Node system = NodeFactory.createURI("http://www.openlinksw.com/schemas/virtrdf#");
        source.find().forEachRemaining(q -> store.add(q.isDefaultGraph() ? Quad.create(defaultGraph, q.asTriple()) : q));
        // A store's own graph, with terms a scan of everything would find.
        store.add(system, NodeFactory.createURI("urn:x-store:class"), OWL.unionOf.asNode(), NodeFactory.createURI("urn:x-store:list"));
        store.add(system, NodeFactory.createURI("urn:x-store:class"), RDF.type.asNode(), OWL.Class.asNode());
        List<Quad> named = new ArrayList<>();
        store.find().forEachRemaining(named::add);
        named.forEach(q -> store.getDefaultGraph().add(q.asTriple()));
        return store;
    }

    private static Store over(DatasetGraph dsg, StoreLayout layout) {
        return new Store() {
            @Override public DatasetGraph dataset() { return dsg; }
            @Override public QueryExecBuilder query(Query query) { return QueryExec.dataset(dsg).query(layout.rewrite(query)); }
            @Override public boolean isRemote() { return false; }
            @Override public String describe() { return "test"; }
            @Override public void close() { }
        };
    }

    @Test
    void the_union_store_without_the_rewrite_gives_wrong_answers() {
        // The reason for the layout: unrewritten, the union store counts every graph.
        Query count = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertNotEquals(count(over(dataset, StoreLayout.asIs()), count), count(over(unionStore, StoreLayout.asIs()), count));
        assertEquals(count(over(dataset, StoreLayout.asIs()), count), count(over(unionStore, LAYOUT), count));
    }

    @Test
    void a_graph_variable_ranges_over_the_facts_only() {
        Query graphs = QueryFactory.create("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(count(over(dataset, StoreLayout.asIs()), graphs), count(over(unionStore, LAYOUT), graphs));
        Query inExists = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } }");
        assertEquals(count(over(dataset, StoreLayout.asIs()), inExists), count(over(unionStore, LAYOUT), inExists));
        Query nested = QueryFactory.create("SELECT (COUNT(*) AS ?n) { { SELECT ?g { GRAPH ?g { ?s ?p ?o } } } ?g ?p2 ?o2 }");
        assertEquals(count(over(dataset, StoreLayout.asIs()), nested), count(over(unionStore, LAYOUT), nested));
    }

    @Test
    void a_query_naming_its_own_dataset_is_sent_as_written() {
        Query own = QueryFactory.create("SELECT * FROM <urn:g> { ?s ?p ?o }");
        assertEquals(own, LAYOUT.rewrite(own));
        assertFalse(StoreLayout.asIs().rewrites());
    }

    @Test
    void every_canned_query_answers_on_the_union_store_as_on_the_dataset() {
        QueryCatalogue catalogue = QueryCatalogue.load(PROJECT.queryFiles(), NS);
        Map<String, String> truth = CannedRuns.all(new QueryService(catalogue, over(dataset, StoreLayout.asIs()), Duration.ofSeconds(30)), NS.iri());
        Map<String, String> union = CannedRuns.all(new QueryService(catalogue, over(unionStore, LAYOUT), Duration.ofSeconds(30)), NS.iri());
        assertTrue(truth.size() > catalogue.queries().size(), truth.keySet().toString());
        truth.forEach((run, answer) -> assertEquals(answer, union.get(run), run));
    }

    private static long count(Store store, Query query) {
        try (QueryExec exec = store.query(query).build()) {
            return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
        }
    }
}
