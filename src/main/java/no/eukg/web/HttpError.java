package no.eukg.web;

import java.util.OptionalInt;

/**
 * A request that cannot be answered, with the status to answer instead. Thrown anywhere below a
 * {@link ResourceServlet} and rendered in one place, in the format the client asked for.
 */
public final class HttpError extends RuntimeException {
    private final int status;
    private final int retryAfterSeconds;

    public HttpError(int status, String message) {
        this(status, message, 0);
    }

    private HttpError(int status, String message, int retryAfterSeconds) {
        super(message, null, false, false);
        if (status < 400 || status > 599)
            throw new IllegalArgumentException("not an error status: " + status);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() { return status; }

    /** When to ask again ({@code Retry-After}), if the server said. */
    public OptionalInt retryAfterSeconds() {
        return retryAfterSeconds > 0 ? OptionalInt.of(retryAfterSeconds) : OptionalInt.empty();
    }

    /** A 503 that says when to retry: the server is busy, not broken. */
    public static HttpError unavailable(String message, int retryAfterSeconds) {
        if (retryAfterSeconds < 1)
            throw new IllegalArgumentException("Retry-After must be at least a second: " + retryAfterSeconds);
        return new HttpError(503, message, retryAfterSeconds);
    }

    /** A 429 that says when to retry: this client has spent its budget, the server is fine. */
    public static HttpError tooManyRequests(String message, int retryAfterSeconds) {
        if (retryAfterSeconds < 1)
            throw new IllegalArgumentException("Retry-After must be at least a second: " + retryAfterSeconds);
        return new HttpError(429, message, retryAfterSeconds);
    }

    public static HttpError badRequest(String message) { return new HttpError(400, message); }
    public static HttpError notFound(String message) { return new HttpError(404, message); }
    public static HttpError notAcceptable(String message) { return new HttpError(406, message); }
    public static HttpError methodNotAllowed(String message) { return new HttpError(405, message); }
}
