package no.eukg.cli;

import picocli.CommandLine.Option;

import no.eukg.web.Limits;

/** The per-client protections of {@code serve}. */
final class LimitOptions {
    private static final Limits DEFAULTS = Limits.defaults();

    @Option(names = "--max-request-bytes", paramLabel = "N", description = "Largest request body; larger gets 413 (default: 1048576).")
    long maxRequestBytes = DEFAULTS.maxRequestBytes();

    @Option(names = "--max-concurrent-queries", paramLabel = "N", description = "Queries evaluated at once, by every path family together; more get 503 with Retry-After (default: 8).")
    int maxConcurrentQueries = DEFAULTS.maxConcurrentQueries();

    @Option(names = "--rate-limit", paramLabel = "N", description = "Requests a minute per client address; more get 429 with Retry-After (default: 1200).")
    int requestsPerMinute = DEFAULTS.requestsPerMinute();

    @Option(names = "--result-limit", paramLabel = "N", description = "Most solutions a /sparql query returns, announced in the Result-Limit header (default: 10000).")
    long resultLimit = DEFAULTS.resultLimit();

    /** @throws IllegalArgumentException naming what is out of range */
    Limits limits() {
        return new Limits(maxRequestBytes, maxConcurrentQueries, requestsPerMinute, resultLimit);
    }
}
