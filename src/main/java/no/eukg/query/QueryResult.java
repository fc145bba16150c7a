package no.eukg.query;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** What a run of a canned query produced: rows, a yes/no answer, or a graph. */
public sealed interface QueryResult {

    /**
     * The rows of a SELECT query (one page of them when it is paginated).
     *
     * @param vars       the columns
     * @param rows       the rows of this page
     * @param hasNext    true when a next page has rows
     * @param provenance for each row, the source sentences behind it; null when not asked for
     */
    record Rows(List<Var> vars, List<Binding> rows, boolean hasNext, List<List<SourceSentence>> provenance) implements QueryResult {
        public Rows {
            vars = List.copyOf(vars);
            rows = List.copyOf(rows);
            if (provenance != null) {
                provenance = List.copyOf(provenance);
                if (provenance.size() != rows.size())
                    throw new IllegalArgumentException("provenance for " + provenance.size() + " of " + rows.size() + " rows");
            }
        }

        public boolean hasProvenance() { return provenance != null; }
    }

    /** The answer of an ASK query. */
    record Answer(boolean value) implements QueryResult { }

    /** The graph of a CONSTRUCT or DESCRIBE query, with the query's prefixes. */
    record Triples(Graph graph) implements QueryResult {
        public Triples {
            Objects.requireNonNull(graph, "graph");
        }
    }
}
