package no.eukg.linked;

/**
 * A statistic of the graph is still being counted ({@link DatasetStatistics}): the client should
 * ask again shortly (a 503 with {@code Retry-After}), while the count goes on.
 */
public final class StatisticsPendingException extends RuntimeException {
    /** How long a client is told to wait before asking again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    public StatisticsPendingException(String message) {
        super(message);
    }
}
