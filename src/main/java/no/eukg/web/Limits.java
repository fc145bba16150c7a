package no.eukg.web;

import java.time.Duration;
import java.util.Objects;

/**
 * What the server and one client may ask of it: the protections public endpoints such as the
 * Wikidata Query Service promise, by cost rather than by count, here configurable.
 *
 * @param maxRequestBytes      largest request body (a query sent by POST); larger gets 413
 * @param maxConcurrentQueries queries evaluated at once, by every path family together ({@link QueryGate})
 * @param maxQueuedQueries     requests that may wait for a slot at once; beyond the queue, or after
 *                             waiting {@link QueryGate#QUEUE_WAIT}, 503 with {@code Retry-After}
 * @param queryTimePerMinute   evaluation time one client address may use a minute; spent, 429 with
 *                             {@code Retry-After}. What evaluates nothing costs nothing
 * @param failuresPerMinute    evaluations of one client address that may fail a minute (timeouts,
 *                             bad queries); more, 429
 * @param resultLimit          most solutions a {@code /sparql} query returns; announced in the
 *                             {@code Result-Limit} header of every answer, never applied silently
 */
public record Limits(long maxRequestBytes, int maxConcurrentQueries, int maxQueuedQueries, Duration queryTimePerMinute,
                     int failuresPerMinute, long resultLimit) {
    public Limits {
        Objects.requireNonNull(queryTimePerMinute, "queryTimePerMinute");
        if (maxRequestBytes < 1024 || maxConcurrentQueries < 1 || maxQueuedQueries < 0 || failuresPerMinute < 1 || resultLimit < 1
                || queryTimePerMinute.isNegative() || queryTimePerMinute.isZero())
            throw new IllegalArgumentException("limits must be positive (request body at least 1 KiB, the queue may be 0)");
    }

    /**
     * Generous for people and programs, firm against a runaway: 1 MiB bodies; 8 evaluations at
     * once (the store's threads on a small machine) with 16 more waiting; per client, 60 s of
     * evaluation a minute (a client may keep one core busy, as on the Wikidata Query Service) and
     * 30 failures a minute; 10 000 rows.
     */
    public static Limits defaults() {
        return new Limits(1 << 20, 8, 16, Duration.ofSeconds(60), 30, 10_000);
    }
}
