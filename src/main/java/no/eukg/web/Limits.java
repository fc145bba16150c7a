package no.eukg.web;

/**
 * What one client may ask of the server: the protections public endpoints such as the
 * Wikidata Query Service promise, here configurable.
 *
 * @param maxRequestBytes      largest request body (a query sent by POST); larger gets 413
 * @param maxConcurrentQueries queries evaluated at once, by every path family together ({@link QueryGate});
 *                             more get 503 with {@code Retry-After}
 * @param requestsPerMinute    per client address; more get 429 with {@code Retry-After}
 * @param resultLimit          most solutions a {@code /sparql} query returns; announced in the
 *                             {@code Result-Limit} header of every answer, never applied silently
 */
public record Limits(long maxRequestBytes, int maxConcurrentQueries, int requestsPerMinute, long resultLimit) {
    public Limits {
        if (maxRequestBytes < 1024 || maxConcurrentQueries < 1 || requestsPerMinute < 1 || resultLimit < 1)
            throw new IllegalArgumentException("limits must be positive (request body at least 1 KiB)");
    }

    /** Generous for people and programs, firm against a runaway: 1 MiB, 8 queries, 1200/min, 10 000 rows. */
    public static Limits defaults() {
        return new Limits(1 << 20, 8, 1200, 10_000);
    }
}
