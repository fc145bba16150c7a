package no.eukg.graph;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store behind any SPARQL 1.1 endpoint (another Fuseki, GraphDB, Virtuoso, Neptune). The
 * publisher holds no data then: it is a stateless front, so copies can be load-balanced.
 *
 * <p>Its {@link StoreLayout} is found on the first query that reaches the store: a store that
 * holds the named graph {@link Namespace#defaultGraph()} keeps the default graph there (it has a
 * union default graph), and every query is rewritten for it.
 */
public final class RemoteStore implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteStore.class);
    private static final Duration LAYOUT_LIMIT = Duration.ofSeconds(2);
    private static final Duration LAYOUT_RETRY = Duration.ofSeconds(5);

    private final String endpoint;
    private final Namespace namespace;
    private final DatasetGraph empty = DatasetGraphFactory.empty();
    private static final int PROBE_ROWS = 100_000;
    private volatile StoreLayout layout;
    private volatile Integer rowCap;
    private final AtomicLong lastAttempt = new AtomicLong();

    public RemoteStore(String endpoint, Namespace namespace) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    public String endpoint() { return endpoint; }

    @Override public DatasetGraph dataset() { return empty; }

    @Override public QueryExecBuilder query(Query query) {
        return send(layout().rewrite(query));
    }

    /**
     * How the store holds the dataset, asked once it answers. While the store cannot be reached
     * (or is slower than {@link #LAYOUT_LIMIT}) queries go as written, and fail or succeed as the
     * store has them; it is asked again at most every {@link #LAYOUT_RETRY}.
     */
    public StoreLayout layout() {
        StoreLayout known = layout;
        if (known != null)
            return known;
        long now = System.nanoTime();
        long last = lastAttempt.get();
        if (last != 0 && now - last < LAYOUT_RETRY.toNanos() || !lastAttempt.compareAndSet(last, now))
            return StoreLayout.asIs();
        Query ask = QueryFactory.create("ASK { GRAPH <" + namespace.defaultGraph() + "> { ?s ?p ?o } }");
        try (QueryExec exec = send(ask).timeout(LAYOUT_LIMIT.toMillis(), TimeUnit.MILLISECONDS).build()) {
            known = exec.ask() ? StoreLayout.defaultGraphNamed(namespace) : StoreLayout.asIs();
        } catch (RuntimeException e) {
            LOG.warn("sparql:{}: cannot tell yet how it holds the default graph: {}", endpoint, e.toString());
            return StoreLayout.asIs();
        }
        LOG.info("sparql:{}: {}", endpoint, known);
        layout = known;
        return known;
    }

    /**
     * The row cap found by asking for {@link #PROBE_ROWS} rows of nothing but {@code VALUES}: a
     * store that gives fewer cuts its answers there. One that gives them all may still cut larger
     * answers, so reads of whole graphs page by the probe's size then, and {@link CompleteReads}
     * checks every read against the store's count.
     */
    @Override public OptionalInt rowCap(Duration limit) {
        Integer known = rowCap;
        if (known != null)
            return OptionalInt.of(known);
        String hundred = java.util.stream.IntStream.range(0, 100).mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(" "));
        Query probe = QueryFactory.create("SELECT * { VALUES ?a { " + hundred + " } VALUES ?b { " + hundred
                + " } VALUES ?c { 0 1 2 3 4 5 6 7 8 9 } }");
        int rows = 0;
        try (QueryExec exec = send(probe).timeout(limit.toMillis(), TimeUnit.MILLISECONDS).build()) {
            RowSet answer = exec.select();
            for (; answer.hasNext(); answer.next())
                rows++;
        }
        if (rows < PROBE_ROWS)
            LOG.info("sparql:{}: cuts answers at {} rows; whole graphs are read in pages of that", endpoint, rows);
        // A store that answers VALUES with nothing still gets pages, of a size every store gives.
        rowCap = rows == 0 ? 10_000 : rows;
        return OptionalInt.of(rowCap);
    }

    /**
     * A short query goes as GET, a long one (over Jena's 2 KiB) as a form POST: Jena's default
     * sends a long one as {@code application/sparql-query}, which Virtuoso accepts and never
     * answers, so every canned query with provenance hung until the timeout. A form is what every
     * SPARQL 1.1 endpoint takes.
     */
    private QueryExecBuilder send(Query query) {
        return QueryExecHTTP.service(endpoint).sendMode(QuerySendMode.asGetWithLimitForm).query(query);
    }

    @Override public boolean isRemote() { return true; }
    @Override public String describe() { return "sparql:" + endpoint; }
    @Override public void close() { }
}
