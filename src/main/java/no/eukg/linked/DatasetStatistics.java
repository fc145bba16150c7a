package no.eukg.linked;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
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
import org.apache.jena.system.Txn;

import no.eukg.graph.Namespace;
import no.eukg.graph.SparqlResource;
import no.eukg.graph.Store;

/**
 * Counts and partitions of the served graph, computed by the {@code stats-*.rq} queries through the
 * store and kept (the graph is immutable): the home page, the VoID description and the ontology
 * documentation all read them from here.
 *
 * <p>They are counts over every statement, which a store of ten million takes longer to give than
 * a request may wait: each is computed once per version on a thread of its own, one at a time,
 * with {@link #BUDGET} to finish, and {@link #start} sets them going when the version is first
 * served. A request waits for a statistic up to the server's time limit; if it is not ready by
 * then, {@link StatisticsPendingException} says so (a 503 with {@code Retry-After}) while the count
 * goes on.
 */
public final class DatasetStatistics implements AutoCloseable {
    /** How long a statistic may take on the store: far longer than a request waits, since it runs once per version. */
    public static final Duration BUDGET = Duration.ofMinutes(10);
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
    private final Map<String, Computation> memo = new ConcurrentHashMap<>();
    private final Map<Node, Graph> abouts = new ConcurrentHashMap<>();
    private final ExecutorService counting = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "statistics");
        t.setDaemon(true);
        return t;
    });

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

    /**
     * Sets every statistic the home page, VoID and the ontology's documentation show computing, in
     * the background: a thread asks for each in turn, as a request would.
     */
    public DatasetStatistics start() {
        List<Runnable> all = List.of(this::counts, this::classes, this::properties,
                () -> objectUses(namespace.ontologyTerms()), this::examples, this::labelLanguages, this::modified);
        Thread asker = new Thread(() -> all.forEach(r -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                // Still counting (the next is queued behind it), or kept as this statistic's
                // failure, which a request that asks for it is told.
            }
        }), "statistics-start");
        asker.setDaemon(true);
        asker.start();
        return this;
    }

    /** Stops counting: this version is no longer served. */
    @Override
    public void close() {
        counting.shutdownNow();
    }

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

    /**
     * The triples of {@code resource}, with the labels of their objects (the ontology header, the
     * source's metadata). Asked of the store at once, not queued behind the counts: it is one
     * resource's triples, and pages show the dataset's title from it.
     */
    public Graph about(Node resource) {
        return abouts.computeIfAbsent(resource, r -> {
            try (QueryExec exec = store.query(aboutQuery).substitution("this", r)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return exec.construct();
            }
        });
    }

    /**
     * A statistic once computed is kept for this version; the first to ask sets it computing on
     * the statistics thread, and every asker waits for that one computation up to the request
     * time limit. One that failed (a store too slow even for {@link #BUDGET}, or down) fails again
     * without asking for {@link #RETRY_FAILED}: each visit of the home page or VoID would
     * otherwise set the store counting everything again.
     */
    @SuppressWarnings("unchecked")
    private <T> T memo(String key, Supplier<T> compute) {
        Computation c = memo.compute(key, (k, old) -> old != null && !old.expired() ? old : new Computation(submit(compute)));
        try {
            return (T) c.result().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new StatisticsPendingException("the statistics of this version of the graph are still being counted; ask again shortly");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r)
                throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StatisticsPendingException("interrupted while waiting for the statistics");
        }
    }

    private CompletableFuture<Object> submit(Supplier<?> compute) {
        CompletableFuture<Object> f = new CompletableFuture<>();
        try {
            counting.execute(() -> {
                try {
                    // Off a request, so outside the read transaction a request runs in: a local
                    // store (TDB2 above all) is read in one of its own.
                    f.complete(store.isRemote() ? compute.get() : Txn.calculateRead(store.dataset(), compute::get));
                } catch (RuntimeException e) {
                    f.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            f.completeExceptionally(new StatisticsPendingException("this version of the graph is no longer served"));
        }
        return f;
    }

    private static final Duration RETRY_FAILED = Duration.ofMinutes(1);

    /** One statistic, being computed or computed; a failed one expires after {@link #RETRY_FAILED}. */
    private record Computation(CompletableFuture<Object> result, long started) {
        Computation(CompletableFuture<Object> result) {
            this(result, System.nanoTime());
        }

        boolean expired() {
            return result.isCompletedExceptionally() && System.nanoTime() - started > RETRY_FAILED.toNanos();
        }
    }

    private void select(Query query, Binding parameters, Consumer<Binding> row) {
        try (QueryExec exec = store.query(query).substitution(parameters)
                .timeout(BUDGET.toMillis(), TimeUnit.MILLISECONDS).build()) {
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
