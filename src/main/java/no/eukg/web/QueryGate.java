package no.eukg.web;

import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one bound on query evaluations at once, shared by every path family that evaluates:
 * {@code /sparql}, canned queries, pages, data, {@code /id/}, search, graph exports and the
 * explorer, so {@code --max-concurrent-queries 8} means 8 in all. Beyond that a request is not
 * queued (queues hide overload and let a burst of runaways starve everyone): it gets 503 with
 * {@code Retry-After}, while what evaluates nothing (a cached answer, a 304, static files, the
 * ping) keeps answering on the threads left free.
 */
public final class QueryGate {
    private final Semaphore slots;
    private final int max;

    public QueryGate(int max) {
        if (max < 1)
            throw new IllegalArgumentException("at least one query must be allowed at once: " + max);
        this.max = max;
        this.slots = new Semaphore(max);
    }

    /**
     * Runs one evaluation in a slot.
     *
     * @throws HttpError 503 with {@code Retry-After} when every slot is taken
     */
    public <T> T evaluate(Supplier<T> evaluation) {
        if (!slots.tryAcquire())
            throw full();
        try {
            return evaluation.get();
        } finally {
            slots.release();
        }
    }

    /** The gate as a filter, for a path whose every request evaluates ({@code /sparql}, answered by Fuseki). */
    public Filter filter(ErrorWriter errors) {
        Objects.requireNonNull(errors, "errors");
        return (req, res, chain) -> {
            if (!slots.tryAcquire()) {
                errors.write((HttpServletRequest) req, (HttpServletResponse) res, full());
                return;
            }
            try {
                chain.doFilter(req, res);
            } finally {
                slots.release();
            }
        };
    }

    private HttpError full() {
        return HttpError.unavailable(max + (max == 1 ? " query is" : " queries are") + " already running; retry in a second", 1);
    }
}
