package no.eukg.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A checked request to run a canned query: every value already a typed RDF term.
 *
 * @param query      the query
 * @param values     parameter name to term, in the query's parameter order; defaults included,
 *                   absent optional parameters left out
 * @param page       1-based page number (always 1 for a query without pagination)
 * @param provenance whether each row should carry its source sentences
 */
public record RunRequest(CannedQuery query, Map<String, Node> values, int page, boolean provenance) {
    public RunRequest {
        Objects.requireNonNull(query, "query");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        if (page < 1)
            throw new IllegalArgumentException("page " + page);
    }

    /**
     * A canonical text of everything that decides the result, for cache keys and ETags: two
     * requests with the same key get the same rows, whatever order or spelling they used.
     */
    public String key() {
        StringBuilder b = new StringBuilder(query.name());
        values.forEach((name, node) -> b.append('\u0000').append(name).append('=').append(NodeFmtLib.strNT(node)));
        return b.append("\u0000page=").append(page).append("\u0000provenance=").append(provenance).toString();
    }

    /** The page after this one. */
    public RunRequest page(int n) { return new RunRequest(query, values, n, provenance); }
}
