package no.eukg.query;

import java.util.Objects;

/**
 * A run that cannot be answered, for a reason the caller can act on. The web layer turns the kind
 * into a status (400, 404, 503, 502), the {@code query} command into an exit code.
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
        /** The remote store failed (502). */
        STORE_FAILED
    }

    private final Kind kind;

    public QueryProblem(Kind kind, String message) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() { return kind; }

    static QueryProblem bad(String message) { return new QueryProblem(Kind.BAD_REQUEST, message); }
}
