package no.eukg.web;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one gate every query evaluation passes, shared by every path family that evaluates:
 * {@code /sparql}, canned queries, pages, data, {@code /id/}, search, graph exports and the
 * explorer. It does two things, both by cost rather than by count:
 *
 * <ul>
 *   <li>It bounds the evaluations at once ({@code --max-concurrent-queries 8} means 8 in all). A
 *       request beyond that waits in a short queue ({@code --max-queued-queries}, for at most
 *       {@link #QUEUE_WAIT}) and then gets 503 with {@code Retry-After}; the queue is short so
 *       that a burst of runaways cannot make everyone wait.</li>
 *   <li>It charges each client for the time its evaluations take and for those that fail
 *       ({@link ClientBudgets}); a client that has spent its budget gets 429.</li>
 * </ul>
 *
 * Whatever evaluates nothing (a cached answer, a 304, static files, the ping) never reaches the
 * gate: it costs nothing, takes no slot and keeps answering on the threads left free.
 */
public final class QueryGate {
    /**
     * How long a request waits for a slot: long enough to ride out a burst of light queries
     * (milliseconds each), short enough to answer 503 well before any client's own timeout.
     */
    static final Duration QUEUE_WAIT = Duration.ofSeconds(2);

    private final Semaphore slots;
    private final Semaphore queue;
    private final int max;
    private final ClientBudgets budgets;
    /**
     * The client of the request this thread is serving, set by {@link #clientFilter()}: every
     * evaluation runs on its request's thread, and this spares every caller passing the request
     * down to where the store is queried.
     */
    private final ThreadLocal<String> client = new ThreadLocal<>();
    /** True on a thread inside an evaluation: one nested in it runs in the same slot, never waiting for a second. */
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);

    public QueryGate(Limits limits) {
        Objects.requireNonNull(limits, "limits");
        this.max = limits.maxConcurrentQueries();
        this.slots = new Semaphore(max);
        this.queue = new Semaphore(limits.maxQueuedQueries());
        this.budgets = new ClientBudgets(limits.queryTimePerMinute(), limits.failuresPerMinute());
    }

    /**
     * Runs one evaluation in a slot, charged to the request's client.
     *
     * @throws HttpError 429 when the client's budget is spent; 503 with {@code Retry-After} when
     *                   no slot came free in time
     */
    public <T> T evaluate(Supplier<T> evaluation) {
        if (inside.get())
            return evaluation.get();
        String who = client.get();
        enter(who);
        long start = System.nanoTime();
        boolean failed = true;
        try {
            T value = evaluation.get();
            failed = false;
            return value;
        } catch (HttpError e) {
            // A resource that is not there is an answer, not a failed query.
            failed = e.status() != 404;
            throw e;
        } finally {
            leave(who, start, failed);
        }
    }

    /** The gate as a filter, for a path whose every request evaluates ({@code /sparql}, answered by Fuseki). */
    public Filter filter(ErrorWriter errors) {
        Objects.requireNonNull(errors, "errors");
        return (req, res, chain) -> {
            String who = client.get();
            if (errors.refused((HttpServletRequest) req, (HttpServletResponse) res, () -> enter(who)))
                return;
            long start = System.nanoTime();
            try {
                chain.doFilter(req, res);
            } finally {
                int status = ((HttpServletResponse) res).getStatus();
                leave(who, start, status >= 400 && status != 404);
            }
        };
    }

    /** Names the client of each request for the evaluations it makes; on every path, before anything evaluates. */
    public Filter clientFilter() {
        return (req, res, chain) -> {
            client.set(req.getRemoteAddr());
            try {
                chain.doFilter(req, res);
            } finally {
                client.remove();
            }
        };
    }

    private void enter(String who) {
        if (who != null)
            budgets.check(who, System.nanoTime());
        acquire();
        inside.set(true);
    }

    private void acquire() {
        if (slots.tryAcquire())
            return;
        if (!queue.tryAcquire())
            throw full("the queue is full");
        try {
            if (!slots.tryAcquire(QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS))
                throw full("none finished within " + QUEUE_WAIT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw full("the wait was interrupted");
        } finally {
            queue.release();
        }
    }

    private void leave(String who, long start, boolean failed) {
        inside.set(false);
        slots.release();
        long now = System.nanoTime();
        if (who != null)
            budgets.charge(who, now - start, failed, now);
    }

    private HttpError full(String why) {
        return HttpError.unavailable(max + (max == 1 ? " query is" : " queries are") + " already running and " + why
                + "; retry in a second", 1);
    }
}
