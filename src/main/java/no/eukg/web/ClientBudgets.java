package no.eukg.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each client's budget, spent by what its requests cost and refilled continuously, the way the
 * Wikidata Query Service budgets its clients: so many seconds of query evaluation a minute, and
 * so many failed evaluations a minute. A request that evaluates nothing (a cached answer, a 304,
 * a static file, the ping) costs nothing, so no number of them is ever refused. A client whose
 * budget is spent gets 429 with {@code Retry-After}: the seconds until the budget is positive again.
 *
 * <p>Clients are keyed by the connection's address: behind a proxy that is the proxy, which then
 * shares one budget (trusting X-Forwarded-For would let any client pick a fresh address per
 * request). The least recently seen clients are forgotten beyond {@value #MAX_CLIENTS}.
 */
final class ClientBudgets {
    private static final int MAX_CLIENTS = 10_000;
    private static final double NANOS_PER_MINUTE = 60e9;

    /** Seconds of evaluation left and failures left, as of {@code at} (System.nanoTime). */
    private static final class Budget {
        double seconds;
        double failures;
        long at;

        Budget(double seconds, double failures, long at) {
            this.seconds = seconds;
            this.failures = failures;
            this.at = at;
        }
    }

    private final double secondsPerMinute;
    private final double failuresPerMinute;
    private final Map<String, Budget> budgets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Budget> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    ClientBudgets(Duration queryTimePerMinute, int failuresPerMinute) {
        if (queryTimePerMinute.isNegative() || queryTimePerMinute.isZero() || failuresPerMinute < 1)
            throw new IllegalArgumentException("a client's budget must be positive");
        this.secondsPerMinute = queryTimePerMinute.toNanos() / 1e9;
        this.failuresPerMinute = failuresPerMinute;
    }

    /**
     * Refuses a client whose budget is spent, before anything evaluates for it.
     *
     * @throws HttpError 429 saying which budget is spent and when to retry
     */
    synchronized void check(String client, long now) {
        Budget b = refilled(client, now);
        if (b.seconds <= 0) {
            int wait = seconds(-b.seconds / secondsPerMinute * 60);
            throw HttpError.tooManyRequests("the query time of " + format(secondsPerMinute) + " s a minute for " + client
                    + " is spent; retry in " + wait + " s", wait);
        }
        if (b.failures < 1) {
            int wait = seconds((1 - b.failures) / failuresPerMinute * 60);
            throw HttpError.tooManyRequests("more than " + (long) failuresPerMinute + " failed queries a minute from " + client
                    + "; retry in " + wait + " s", wait);
        }
    }

    /** Charges an evaluation that took {@code nanos}; a failed one also spends a failure. */
    synchronized void charge(String client, long nanos, boolean failed, long now) {
        Budget b = refilled(client, now);
        b.seconds -= nanos / 1e9;
        if (failed)
            b.failures -= 1;
    }

    private Budget refilled(String client, long now) {
        Budget b = budgets.computeIfAbsent(client, c -> new Budget(secondsPerMinute, failuresPerMinute, now));
        double minutes = (now - b.at) / NANOS_PER_MINUTE;
        b.seconds = Math.min(secondsPerMinute, b.seconds + minutes * secondsPerMinute);
        b.failures = Math.min(failuresPerMinute, b.failures + minutes * failuresPerMinute);
        b.at = now;
        return b;
    }

    private static int seconds(double s) {
        return (int) Math.max(1, Math.ceil(s));
    }

    private static String format(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }
}
