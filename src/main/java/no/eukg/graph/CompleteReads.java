package no.eukg.graph;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * Every row of a SELECT from a store, or a failure: never fewer rows presented as all of them.
 *
 * <p>A store with a row cap ({@link Store#rowCap}) is read in pages of that size
 * ({@code LIMIT}/{@code OFFSET}, without {@code ORDER BY}: Virtuoso refuses a sorted offset past
 * its cap), and the rows read are checked against the store's own {@code COUNT(*)} of the same
 * pattern, which no cap cuts. A store without a cap is read at once.
 */
public final class CompleteReads {
    /** How long finding a store's row cap may take when the read itself has no limit. */
    private static final Duration UNLIMITED_PROBE = Duration.ofMinutes(1);

    private CompleteReads() { }

    /**
     * Reads every row of {@code select}.
     *
     * @param timeout the limit for each query sent, or null for none
     * @return how many rows were read
     * @throws TruncatedAnswerException when the rows read are not as many as the store counts
     */
    public static long select(Store store, Query select, Duration timeout, Consumer<Binding> each) {
        OptionalInt cap = store.rowCap(timeout == null ? UNLIMITED_PROBE : timeout);
        if (cap.isEmpty()) {
            try (QueryExec exec = build(store.query(select), timeout)) {
                long[] n = {0};
                exec.select().forEachRemaining(row -> { n[0]++; each.accept(row); });
                return n[0];
            }
        }
        int page = cap.getAsInt();
        long read = 0;
        for (long offset = 0; ; offset += page) {
            Query paged = select.cloneQuery();
            paged.setOffset(offset);
            paged.setLimit(page);
            long got = 0;
            try (QueryExec exec = build(store.query(paged), timeout)) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    each.accept(rows.next());
                    got++;
                }
            }
            read += got;
            if (got < page)
                break;
        }
        long held = count(store, select, timeout);
        if (read != held)
            throw new TruncatedAnswerException("the SPARQL store gave " + read + " of the " + held
                    + " rows it holds (it cuts an answer at " + page + " rows, and its pages did not add up)");
        return read;
    }

    /** The store's count of a SELECT's rows: {@code SELECT (COUNT(*) AS ?n) { SELECT … }}. */
    private static long count(Store store, Query select, Duration timeout) {
        Query inner = select.cloneQuery();
        Query count = new Query();
        // The prefixes belong to the outer query: a sub-query written with its own PREFIX lines is
        // not SPARQL (Jena writes them so, and Virtuoso rightly refuses it).
        count.setPrefixMapping(inner.getPrefixMapping());
        inner.setPrefixMapping(org.apache.jena.shared.PrefixMapping.Factory.create());
        count.setQuerySelectType();
        count.getProject().add(Var.alloc("n"), count.allocAggregate(new AggCount()));
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementSubQuery(inner));
        count.setQueryPattern(pattern);
        try (QueryExec exec = build(store.query(count), timeout)) {
            RowSet rows = exec.select();
            if (!rows.hasNext())
                throw new TruncatedAnswerException("the SPARQL store did not count what it holds");
            return ((Number) rows.next().get("n").getLiteralValue()).longValue();
        }
    }

    private static QueryExec build(QueryExecBuilder builder, Duration timeout) {
        if (timeout != null)
            builder = builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return builder.build();
    }
}
