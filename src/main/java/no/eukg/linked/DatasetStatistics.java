package no.eukg.linked;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;

import no.eukg.graph.Namespace;
import no.eukg.graph.SparqlResource;
import no.eukg.graph.Store;

/**
 * Counts and partitions of the served graph, computed by the {@code stats-*.rq} queries through the
 * store and kept (the graph is immutable): the home page, the VoID description and the ontology
 * documentation all read them from here.
 */
public final class DatasetStatistics {
    /** The headline counts; named-graph counts are of the facts' provenance graphs. */
    public record Counts(long triples, long subjects, long objects, long entities, long facts, long sentences,
                         long mentions, long namedGraphs, long quads) { }

    /** How a property is used: triples and distinct subjects and objects. */
    public record PropertyUse(Node property, long triples, long subjects, long objects) { }

    private static final Binding NONE = org.apache.jena.sparql.engine.binding.BindingFactory.empty();

    private final Store store;
    private final Duration timeout;
    private final Namespace namespace;
    private final Binding namespaces;
    private final Query countsQuery = load("stats-counts.rq");
    private final Query classesQuery = load("stats-classes.rq");
    private final Query propertiesQuery = load("stats-properties.rq");
    private final Query objectUsageQuery = load("stats-object-usage.rq");
    private final Query graphsQuery = load("stats-graphs.rq");
    private final Query examplesQuery = load("stats-examples.rq");
    private final Query languagesQuery = load("stats-languages.rq");
    private final Query modifiedQuery = load("stats-modified.rq");
    private final Query aboutQuery = load("resource-about.rq");
    private final Map<String, Object> memo = new ConcurrentHashMap<>();

    public DatasetStatistics(Store store, Namespace namespace, Duration timeout) {
        this.store = Objects.requireNonNull(store, "store");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.namespaces = BindingBuilder.create()
                .add(Var.alloc("idNs"), NodeFactory.createLiteralString(namespace.resources()))
                .add(Var.alloc("factNs"), NodeFactory.createLiteralString(namespace.facts()))
                .add(Var.alloc("sourceNs"), NodeFactory.createLiteralString(namespace.source() + "/"))
                .add(Var.alloc("factClass"), NodeFactory.createURI(namespace.ontologyTerms() + "Fact"))
                .build();
    }

    public Namespace namespace() { return namespace; }

    public Counts counts() {
        return memo("counts", () -> {
            long[] c = new long[7];
            select(countsQuery, namespaces, row -> {
                String[] names = {"triples", "subjects", "objects", "entities", "facts", "sentences", "mentions"};
                for (int i = 0; i < names.length; i++)
                    c[i] = number(row.get(names[i]));
            });
            long[] g = new long[2];
            select(graphsQuery, NONE, row -> {
                g[0] = number(row.get("graphs"));
                g[1] = number(row.get("quads"));
            });
            return new Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], g[0], g[1]);
        });
    }

    /** Each class used, with its number of instances, in IRI order. */
    public Map<Node, Long> classes() {
        return memo("classes", () -> {
            Map<Node, Long> m = new LinkedHashMap<>();
            select(classesQuery, NONE, row -> m.put(row.get("class"), number(row.get("entities"))));
            return java.util.Collections.unmodifiableMap(m);
        });
    }

    /** Each property used, in IRI order. */
    public List<PropertyUse> properties() {
        return memo("properties", () -> {
            List<PropertyUse> list = new ArrayList<>();
            select(propertiesQuery, NONE, row -> list.add(new PropertyUse(row.get("property"),
                    number(row.get("triples")), number(row.get("subjects")), number(row.get("objects")))));
            return List.copyOf(list);
        });
    }

    /** How often each IRI in namespace {@code ns} is the object of a triple. */
    public Map<Node, Long> objectUses(String ns) {
        return memo("objects " + ns, () -> {
            Map<Node, Long> m = new LinkedHashMap<>();
            select(objectUsageQuery, BindingBuilder.create().add(Var.alloc("ns"), NodeFactory.createLiteralString(ns)).build(),
                    row -> m.put(row.get("term"), number(row.get("uses"))));
            return java.util.Collections.unmodifiableMap(m);
        });
    }

    /** A few entities with the most to say, for {@code void:exampleResource}. */
    public List<Node> examples() {
        return memo("examples", () -> {
            List<Node> list = new ArrayList<>();
            select(examplesQuery, namespaces, row -> list.add(row.get("e")));
            return List.copyOf(list);
        });
    }

    /** The languages of the labels, e.g. {@code [en, nb]}. */
    public List<String> labelLanguages() {
        return memo("languages", () -> {
            List<String> list = new ArrayList<>();
            select(languagesQuery, NONE, row -> list.add(row.get("lang").getLiteralLexicalForm()));
            return List.copyOf(list);
        });
    }

    /** The latest {@code dcterms:modified} in the data, as a literal. */
    public Optional<Node> modified() {
        return memo("modified", () -> {
            Node[] m = new Node[1];
            select(modifiedQuery, NONE, row -> m[0] = row.get("modified"));
            return Optional.ofNullable(m[0]);
        });
    }

    /** The triples of {@code resource}, with the labels of their objects (the ontology header, the source's metadata). */
    public Graph about(Node resource) {
        return memo("about " + resource, () -> {
            try (QueryExec exec = store.query(aboutQuery).substitution("this", resource)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return exec.construct();
            }
        });
    }

    /**
     * A statistic once computed is kept for this version. One that failed (a store too slow for
     * the count) fails again without asking for {@link #RETRY_FAILED}: each visit of the home page
     * or VoID would otherwise set the store counting everything again.
     */
    @SuppressWarnings("unchecked")
    private <T> T memo(String key, Supplier<T> compute) {
        Object v = memo.get(key);
        if (v instanceof Failed f) {
            if (System.nanoTime() - f.at() < RETRY_FAILED.toNanos())
                throw f.failure();
            memo.remove(key, f);
            v = null;
        }
        if (v == null) {
            // Computed outside the map's lock: two racing requests may both compute, which is harmless.
            try {
                v = compute.get();
            } catch (RuntimeException e) {
                memo.put(key, new Failed(e, System.nanoTime()));
                throw e;
            }
            memo.putIfAbsent(key, v);
        }
        return (T) v;
    }

    private static final Duration RETRY_FAILED = Duration.ofMinutes(1);

    private record Failed(RuntimeException failure, long at) { }

    private void select(Query query, Binding parameters, Consumer<Binding> row) {
        try (QueryExec exec = store.query(query).substitution(parameters)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            exec.select().forEachRemaining(row);
        }
    }

    static long number(Node n) {
        if (n == null || !n.isLiteral())
            return 0;
        String lex = n.getLiteralLexicalForm();
        try {
            return Long.parseLong(lex);
        } catch (NumberFormatException e) {
            return (long) Double.parseDouble(lex);
        }
    }

    private static Query load(String name) {
        return SparqlResource.load(DatasetStatistics.class, name);
    }
}
