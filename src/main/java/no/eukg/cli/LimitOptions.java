package no.eukg.cli;

import java.time.Duration;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import no.eukg.web.Limits;

/** The protections of {@code serve}: of the server, and per client by what its requests cost. */
final class LimitOptions {
    private static final Limits DEFAULTS = Limits.defaults();

    @Spec(Spec.Target.MIXEE) CommandSpec spec;

    @Option(names = "--max-request-bytes", paramLabel = "N", description = "Largest request body; larger gets 413 (default: 1048576).")
    long maxRequestBytes = DEFAULTS.maxRequestBytes();

    @Option(names = "--max-concurrent-queries", paramLabel = "N",
            description = "Queries evaluated at once, by every path family together (default: 8).")
    int maxConcurrentQueries = DEFAULTS.maxConcurrentQueries();

    @Option(names = "--max-queued-queries", paramLabel = "N",
            description = "Requests that may wait up to 2 s for a query slot; beyond, 503 with Retry-After (default: 16).")
    int maxQueuedQueries = DEFAULTS.maxQueuedQueries();

    @Option(names = "--query-time-per-minute", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Evaluation time a client address may use a minute; spent, 429 with Retry-After. "
                    + "Cached answers, 304s, static files and the ping cost nothing (default: 60s).")
    Duration queryTimePerMinute = DEFAULTS.queryTimePerMinute();

    @Option(names = "--failures-per-minute", paramLabel = "N",
            description = "Failed evaluations (timeouts, bad queries) a client address may have a minute; more, 429 (default: 30).")
    int failuresPerMinute = DEFAULTS.failuresPerMinute();

    @Option(names = "--result-limit", paramLabel = "N", description = "Most solutions a /sparql query returns, announced in the Result-Limit header (default: 10000).")
    long resultLimit = DEFAULTS.resultLimit();

    /** A request count cost a cache hit as much as a runaway; the budget is by time now. Hidden from --help. */
    @Option(names = "--rate-limit", hidden = true, paramLabel = "N")
    void rateLimit(String ignored) {
        throw new ParameterException(spec.commandLine(), "--rate-limit is gone: a client is limited by what its requests cost,"
                + " not by their number; use --query-time-per-minute (default 60s) and --failures-per-minute (default 30)");
    }

    /** @throws IllegalArgumentException naming what is out of range */
    Limits limits() {
        return new Limits(maxRequestBytes, maxConcurrentQueries, maxQueuedQueries, queryTimePerMinute, failuresPerMinute, resultLimit);
    }
}
