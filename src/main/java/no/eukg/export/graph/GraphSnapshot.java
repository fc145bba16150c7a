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
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;

import no.eukg.graph.Store;

/**
 * What a store holds, read once for exports: its default graph and the statements of every fact's
 * named graph (in memory; a fact of intent is only in its named graph, and is drawn with its
 * modality), and for each triple between resources the facts (named graphs) that state it, with
 * their sentences, modality and year. Reads go through {@link Store#query}, so a remote store works too; there, blank nodes
 * cannot be matched across the queries, so a triple with a blank node has no provenance.
 */
public final class GraphSnapshot {
    private final GraphTerms terms;
    private final Graph graph;
    private final Map<Triple, List<Fact>> provenance;

    private GraphSnapshot(GraphTerms terms, Graph graph, Map<Triple, List<Fact>> provenance) {
        this.terms = Objects.requireNonNull(terms, "terms");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.provenance = Map.copyOf(provenance);
    }

    /**
     * Reads a store.
     *
     * @param base    the public base its IRIs are minted under
     * @param timeout the limit for each query, or null for none
     */
    public static GraphSnapshot load(Store store, String base, Duration timeout) {
        Objects.requireNonNull(store, "store");
        GraphTerms terms = new GraphTerms(base);
        Graph graph;
        try (QueryExec exec = exec(store, GraphQueries.STATEMENTS, timeout)) {
            graph = exec.construct();
        }
        Map<Triple, Set<String>> factsOf = new HashMap<>();
        try (QueryExec exec = exec(store, GraphQueries.FACT_TRIPLES, timeout)) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> {
                Node fact = row.get("fact");
                if (fact == null || !fact.isURI())
                    return;
                Triple t = Triple.create(row.get("s"), row.get("p"), row.get("o"));
                factsOf.computeIfAbsent(t, k -> new TreeSet<>()).add(fact.getURI());
            });
        }
        Map<String, Map<String, Set<String>>> described = new TreeMap<>();
        try (QueryExec exec = exec(store, GraphQueries.factDescriptions(terms.modality(), terms.year()), timeout)) {
            exec.select().forEachRemaining(row -> {
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
        }
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
        return new GraphSnapshot(terms, graph, provenance);
    }

    private static QueryExec exec(Store store, Query query, Duration timeout) {
        QueryExecBuilder builder = store.query(query);
        if (timeout != null)
            builder = builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return builder.build();
    }

    public GraphTerms terms() { return terms; }

    /** The default graph and every fact's statements, in memory. */
    public Graph graph() { return graph; }

    /** The facts stating a triple, by IRI; empty if none does. */
    public List<Fact> facts(Triple triple) {
        return provenance.getOrDefault(triple, List.of());
    }
}
