package no.eukg.web.fragments;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;

import no.eukg.graph.SparqlResource;
import no.eukg.graph.Store;

/**
 * Evaluates fragments over the store: the total with a COUNT (exact on this graph; the documents
 * call it an estimate, as the specification allows), a page with LIMIT and OFFSET under a stable
 * order. The queries are {@code .rq} files beside this class, one pair per graph scope; the
 * pattern's terms are substituted as RDF terms, never spliced into text, so this works the same
 * over memory, TDB2 and a remote endpoint.
 */
final class FragmentQueries {
    /** The triples of one page, and how many there are in all. */
    record Fragment(List<Quad> quads, long total) {
        Fragment {
            quads = List.copyOf(quads);
        }
    }

    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");
    private static final Var G = Var.alloc("g");
    private static final Var N = Var.alloc("n");

    private final Store store;
    private final Duration timeout;
    private final Map<QuadPattern.Scope, Query> pages = new EnumMap<>(QuadPattern.Scope.class);
    private final Map<QuadPattern.Scope, Query> counts = new EnumMap<>(QuadPattern.Scope.class);

    FragmentQueries(Store store, Duration timeout) {
        this.store = Objects.requireNonNull(store, "store");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        for (QuadPattern.Scope scope : QuadPattern.Scope.values()) {
            String name = scope.name().toLowerCase(java.util.Locale.ROOT);
            pages.put(scope, SparqlResource.load(FragmentQueries.class, "page-" + name + ".rq"));
            counts.put(scope, SparqlResource.load(FragmentQueries.class, "count-" + name + ".rq"));
        }
    }

    /** Page {@code page} (from 1) of {@code size} quads of the pattern, with the pattern's total. */
    Fragment fragment(QuadPattern pattern, int page, int size) {
        long total;
        try (QueryExec exec = bound(counts.get(pattern.scope()), pattern).build()) {
            RowSet rows = exec.select();
            total = rows.hasNext() ? Long.parseLong(rows.next().get(N).getLiteralLexicalForm()) : 0;
        }
        List<Quad> quads = new ArrayList<>();
        long offset = (long) (page - 1) * size;
        if (offset < total) {
            Query paged = pages.get(pattern.scope()).cloneQuery();
            paged.setLimit(size);
            paged.setOffset(offset);
            try (QueryExec exec = bound(paged, pattern).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    Node g = b.get(G);
                    // A substituted position may come back unbound: it is the pattern's own term.
                    quads.add(Quad.create(
                            pattern.scope() == QuadPattern.Scope.NAMED ? pattern.graph() : g == null ? Quad.defaultGraphIRI : g,
                            or(b.get(S), pattern.subject()), or(b.get(P), pattern.predicate()), or(b.get(O), pattern.object())));
                }
            }
        }
        return new Fragment(quads, total);
    }

    private static Node or(Node value, Node given) {
        return value != null ? value : given;
    }

    private QueryExecBuilder bound(Query query, QuadPattern pattern) {
        QueryExecBuilder b = store.query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (pattern.subject() != null)
            b = b.substitution(S, pattern.subject());
        if (pattern.predicate() != null)
            b = b.substitution(P, pattern.predicate());
        if (pattern.object() != null)
            b = b.substitution(O, pattern.object());
        if (pattern.graph() != null)
            b = b.substitution(G, pattern.graph());
        return b;
    }
}
