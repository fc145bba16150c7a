package no.eukg.linked;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;

import no.eukg.graph.SparqlResource;
import no.eukg.graph.Store;

/**
 * Label search for a remote store: a SPARQL {@code CONTAINS} over the labels (the query is bound
 * as a literal), ranked in the same way as the index's hits. Slower than the index on a large
 * graph, and it matches substrings rather than words; it needs nothing of the remote endpoint but
 * SPARQL 1.1.
 */
public final class SparqlLabelSearch implements LabelSearch {
    private static final Query QUERY = SparqlResource.load(SparqlLabelSearch.class, "search-labels.rq");

    private final Store store;
    private final Duration timeout;

    public SparqlLabelSearch(Store store, Duration timeout) {
        this.store = Objects.requireNonNull(store, "store");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public List<SearchHit> search(String typed, int limit) {
        String query = LabelSearch.words(typed);
        String q = query.toLowerCase(Locale.ROOT);
        if (q.isEmpty())
            return List.of();
        List<SearchHit> raw = new ArrayList<>();
        try (QueryExec exec = store.query(QUERY).substitution("q", NodeFactory.createLiteralString(q))
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            exec.select().forEachRemaining(row -> {
                if (row.get("s").isURI())
                    raw.add(new SearchHit(row.get("s"), row.get("label"), 1.0));
            });
        }
        return SearchRanking.rank(query, raw, limit);
    }
}
