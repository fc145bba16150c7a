package no.eukg.query;

import java.util.Objects;

/**
 * A run that cannot be answered, for a reason the caller can act on. The web layer turns the kind
 * into a status (400, 404, 503, 502 or 504: {@code no.eukg.web.Failures}), the {@code query}
 * command into an exit code.
 */
public final class QueryProblem extends RuntimeException {
    /** Why a run failed. */
    public enum Kind {
        /** No query of that name (404). */
        UNKNOWN_QUERY,
        /** A parameter value of the wrong type, not allowed, unknown or missing (400). */
        BAD_REQUEST,
        /** The query ran out of time (503). */
        TIMEOUT,
        /** The remote store failed (502, or 504 when it was too slow). */
        STORE_FAILED
    }

    private final Kind kind;

    public QueryProblem(Kind kind, String message) {
        this(kind, message, null);
    }

    /** @param cause what the store threw, for a failed store: the web tells a slow one from a down one by it */
    public QueryProblem(Kind kind, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() { return kind; }

    static QueryProblem bad(String message) { return new QueryProblem(Kind.BAD_REQUEST, message); }
}
