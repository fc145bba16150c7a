package no.eukg.export.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

import no.eukg.graph.CompleteReads;
import no.eukg.graph.Namespace;
import no.eukg.graph.Store;

/**
 * What a store holds, read once for exports: the graph to draw (in memory) and for each triple
 * between resources the facts (named graphs) that state it, with their sentences, modality and
 * year. The graph to draw is the default graph and every fact's statements: a fact the text does
 * not state as the case (planned, sought, an aim...) is in its named graph only, and is drawn as
 * what it is, an edge with its modality that {@link #isAsserted} says is not in the default graph.
 * Reads go through {@link Store#query}, so a remote store works too; there, blank nodes cannot
 * be matched across the queries, so a triple with a blank node has no provenance.
 */
public final class GraphSnapshot {
    private final GraphTerms terms;
    private final Graph asserted;
    private final Graph graph;
    private final Map<Triple, List<Fact>> provenance;

    private GraphSnapshot(GraphTerms terms, Graph asserted, Graph graph, Map<Triple, List<Fact>> provenance) {
        this.terms = Objects.requireNonNull(terms, "terms");
        this.asserted = Objects.requireNonNull(asserted, "asserted");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.provenance = Map.copyOf(provenance);
    }

    /**
     * Reads a store.
     *
     * @param namespace the canonical namespace its IRIs are minted under
     * @param timeout   the limit for each query, or null for none
     */
    public static GraphSnapshot load(Store store, Namespace namespace, Duration timeout) {
        Objects.requireNonNull(store, "store");
        GraphTerms terms = new GraphTerms(namespace);
        // Each read is whole or fails (CompleteReads): a store that cuts answers is read in pages.
        Graph asserted = GraphFactory.createDefaultGraph();
        CompleteReads.select(store, GraphQueries.DEFAULT_GRAPH, timeout,
                row -> asserted.add(Triple.create(row.get("s"), row.get("p"), row.get("o"))));
        Graph graph = GraphFactory.createDefaultGraph();
        asserted.find().forEachRemaining(graph::add);
        Map<Triple, Set<String>> factsOf = new HashMap<>();
        CompleteReads.select(store, GraphQueries.FACT_TRIPLES, timeout, row -> {
            Node fact = row.get("fact");
            if (fact == null || !fact.isURI())
                return;
            Triple t = Triple.create(row.get("s"), row.get("p"), row.get("o"));
            factsOf.computeIfAbsent(t, k -> new TreeSet<>()).add(fact.getURI());
            graph.add(t);
        });
        Map<String, Map<String, Set<String>>> described = new TreeMap<>();
        CompleteReads.select(store, GraphQueries.factDescriptions(terms.modality(), terms.year()), timeout, row -> {
            Node fact = row.get("fact");
            Node value = row.get("value");
            if (fact == null || !fact.isURI() || value == null)
                return;
            String text = value.isLiteral() ? value.getLiteralLexicalForm() : value.isURI() ? value.getURI() : null;
            if (text != null)
                described.computeIfAbsent(fact.getURI(), k -> new TreeMap<>())
                        .computeIfAbsent(row.get("kind").getLiteralLexicalForm(), k -> new TreeSet<>(NaturalOrder.INSTANCE))
                        .add(text);
        });
        Map<String, Fact> facts = new HashMap<>();
        Map<Triple, List<Fact>> provenance = new HashMap<>();
        factsOf.forEach((triple, iris) -> {
            List<Fact> list = new ArrayList<>();
            for (String iri : iris)
                list.add(facts.computeIfAbsent(iri, i -> {
                    Map<String, Set<String>> d = described.getOrDefault(i, Map.of());
                    return new Fact(i, List.copyOf(d.getOrDefault("sentence", Set.of())),
                            List.copyOf(d.getOrDefault("modality", Set.of())),
                            List.copyOf(d.getOrDefault("year", Set.of())));
                }));
            provenance.put(triple, List.copyOf(list));
        });
        return new GraphSnapshot(terms, asserted, graph, provenance);
    }

    public GraphTerms terms() { return terms; }

    /** The graph to draw, in memory: the default graph and every fact's statements. */
    public Graph graph() { return graph; }

    /** True when the default graph holds the triple: the text states it as the case. */
    public boolean isAsserted(Triple triple) { return asserted.contains(triple); }

    /** The facts stating a triple, by IRI; empty if none does. */
    public List<Fact> facts(Triple triple) {
        return provenance.getOrDefault(triple, List.of());
    }
}
