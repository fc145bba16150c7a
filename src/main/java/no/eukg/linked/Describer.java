package no.eukg.linked;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

import no.eukg.graph.SparqlResource;
import no.eukg.graph.Store;

/**
 * Builds the {@link Description} of a resource with a few SPARQL queries (the {@code describe-*.rq}
 * files beside this class) run through the store, so it works the same over a remote store. The
 * resource is bound as an RDF term, never spliced into query text.
 *
 * <p>The served graph is immutable, so descriptions are cached.
 */
public final class Describer {
    /** Incoming links a description holds unless all are asked for. */
    public static final int INCOMING_SHOWN = 50;
    /** The most incoming links any description holds, "all" included. */
    public static final int INCOMING_MAX = 10_000;
    /** Facts whose provenance a description holds unless all are asked for ("all" holds up to {@link #INCOMING_MAX}). */
    public static final int FACTS_SHOWN = 200;

    private final Store store;
    private final Duration timeout;
    private final Query outgoing = SparqlResource.load(Describer.class, "describe-outgoing.rq");
    private final Query incoming = withSubqueryLimit(SparqlResource.load(Describer.class, "describe-incoming.rq"), INCOMING_SHOWN);
    private final Query incomingAll = withSubqueryLimit(SparqlResource.load(Describer.class, "describe-incoming.rq"), INCOMING_MAX);
    private final Query counts = SparqlResource.load(Describer.class, "describe-counts.rq");
    private final Query factCount = SparqlResource.load(Describer.class, "describe-facts.rq");
    private final Query mentions = SparqlResource.load(Describer.class, "describe-mentions.rq");
    private final Query provenance = withSubqueryLimit(SparqlResource.load(Describer.class, "describe-provenance.rq"), FACTS_SHOWN);
    private final Query provenanceAll = withSubqueryLimit(SparqlResource.load(Describer.class, "describe-provenance.rq"), INCOMING_MAX);
    private final Query quads = withSubqueryLimit(SparqlResource.load(Describer.class, "describe-quads.rq"), FACTS_SHOWN);
    private final Query quadsAll = withSubqueryLimit(SparqlResource.load(Describer.class, "describe-quads.rq"), INCOMING_MAX);
    private final Query graphLabels = SparqlResource.load(Describer.class, "describe-graph-labels.rq");
    private final Cache<Key, Description> cache = CacheFactory.createCache(2_000);

    private record Key(Node resource, boolean allIncoming) { }

    public Describer(Store store, Duration timeout) {
        this.store = Objects.requireNonNull(store, "store");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * The description of {@code resource}; check {@link Description#exists()}.
     *
     * @param allIncoming all incoming links (up to {@link #INCOMING_MAX}) rather than the first {@link #INCOMING_SHOWN}
     */
    public Description describe(Node resource, boolean allIncoming) {
        Objects.requireNonNull(resource, "resource");
        return cache.get(new Key(resource, allIncoming), this::build);
    }

    private Description build(Key key) {
        Node r = key.resource();
        Graph g = GraphFactory.createDefaultGraph();
        addAll(g, construct(outgoing, r));
        Graph in = construct(key.allIncoming() ? incomingAll : incoming, r);
        addAll(g, in);
        addAll(g, construct(mentions, r));
        addAll(g, construct(key.allIncoming() ? provenanceAll : provenance, r));
        long incomingCount = 0;
        long mentionCount = 0;
        long facts = 0;
        try (QueryExec exec = exec(counts, r)) {
            RowSet rows = exec.select();
            if (rows.hasNext()) {
                var row = rows.next();
                incomingCount = DatasetStatistics.number(row.get("incoming"));
                mentionCount = DatasetStatistics.number(row.get("mentions"));
            }
        }
        try (QueryExec exec = exec(factCount, r)) {
            RowSet rows = exec.select();
            if (rows.hasNext())
                facts = DatasetStatistics.number(rows.next().get("facts"));
        }
        int shown = in.find(Node.ANY, Node.ANY, r).toList().size();
        List<Quad> named = new ArrayList<>();
        try (QueryExec exec = exec(key.allIncoming() ? quadsAll : quads, r)) {
            exec.select().forEachRemaining(row -> named.add(Quad.create(row.get("g"), row.get("s"), row.get("p"), row.get("o"))));
        }
        if (named.stream().anyMatch(q -> q.getGraph().equals(r)))
            addAll(g, construct(graphLabels, r));
        int factsShown = (int) Math.min(named.stream().map(Quad::getGraph).filter(f -> !f.equals(r)).distinct().count(), facts);
        return new Description(r, g, named, incomingCount, (int) Math.min(shown, incomingCount), mentionCount, facts, factsShown);
    }

    private Graph construct(Query query, Node resource) {
        try (QueryExec exec = exec(query, resource)) {
            return exec.construct();
        }
    }

    private QueryExec exec(Query query, Node resource) {
        return store.query(query).substitution("this", resource).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    private static void addAll(Graph into, Graph from) {
        from.find().forEachRemaining(into::add);
    }

    /** The query with the LIMIT of its (one) subquery set to {@code limit}. */
    private static Query withSubqueryLimit(Query query, int limit) {
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                el.getQuery().setLimit(limit);
            }
        });
        return query;
    }
}
