package no.eukg.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.shared.JenaException;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.eukg.graph.TruncatedAnswerException;
import no.eukg.linked.StatisticsPendingException;
import no.eukg.query.QueryProblem;

/**
 * The one table from a failure to what a client is told, for every path family:
 *
 * <table>
 * <caption>failure to status</caption>
 * <tr><th>failure</th><th>status</th></tr>
 * <tr><td>{@link HttpError}</td><td>its own</td></tr>
 * <tr><td>Jetty's {@link BadMessageException} (an unreadable request)</td><td>its own (4xx)</td></tr>
 * <tr><td>{@link QueryProblem}: unknown query, bad parameter</td><td>404, 400</td></tr>
 * <tr><td>a query asking for federation ({@link QueryDeniedException}: {@code SERVICE} is off)</td><td>400</td></tr>
 * <tr><td>the graph's statistics still being counted ({@link StatisticsPendingException})</td><td>503 with {@code Retry-After}</td></tr>
 * <tr><td>a query stopped at the time limit here ({@link QueryCancelledException}, {@link QueryProblem} timeout)</td><td>503</td></tr>
 * <tr><td>a remote store slower than the time limit</td><td>504</td></tr>
 * <tr><td>a remote store that cannot be reached, answers an error or something unreadable</td><td>502</td></tr>
 * <tr><td>a remote store that gave fewer rows than it holds ({@link TruncatedAnswerException}: a row cap)</td><td>502</td></tr>
 * <tr><td>anything else: a bug</td><td>500</td></tr>
 * </table>
 *
 * <p>What a client is told never holds the remote store's address, the query sent to it or a
 * stack trace: those go to the server log, here. The store's own first line of an error answer
 * (Virtuoso's {@code SR353: …}, say) is passed on, with any address in it taken out.
 */
public final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    private final Duration timeout;
    private final boolean remoteStore;

    /**
     * @param timeout     the server's query time limit, named in the messages
     * @param remoteStore whether the store is a remote SPARQL endpoint, whose failures are a 502
     *                    or 504 (a local store failing is a bug here, a 500)
     */
    public Failures(Duration timeout, boolean remoteStore) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.remoteStore = remoteStore;
    }

    /**
     * What to answer for a failure while serving {@code request}.
     *
     * @param request what was asked ({@code GET /page/norway}), for the log
     */
    public HttpError answer(Throwable failure, String request) {
        if (failure instanceof HttpError e)
            return e;
        if (failure instanceof BadMessageException e)
            return new HttpError(e.getCode(), Objects.requireNonNullElse(e.getReason(), "bad request"));
        if (failure instanceof QueryProblem p) {
            return switch (p.kind()) {
                case UNKNOWN_QUERY -> HttpError.notFound(p.getMessage());
                case BAD_REQUEST -> HttpError.badRequest(p.getMessage());
                case TIMEOUT -> new HttpError(503, p.getMessage());
                case STORE_FAILED -> ofRemote(p.getCause() == null ? p : p.getCause(), request);
            };
        }
        if (failure instanceof QueryDeniedException)
            // ARQ's own message names its context symbol, which tells a client nothing.
            return HttpError.badRequest("federation (SERVICE) is off on this server: it does not query other endpoints for its clients");
        if (failure instanceof TruncatedAnswerException e) {
            LOG.warn("{}: {}", request, e.getMessage());
            return new HttpError(502, e.getMessage());
        }
        if (failure instanceof StatisticsPendingException e)
            return HttpError.unavailable(e.getMessage(), StatisticsPendingException.RETRY_AFTER_SECONDS);
        if (failure instanceof QueryCancelledException)
            return new HttpError(503, "the query took longer than the server's limit of " + limit() + " and was stopped");
        if (remoteStore && fromStore(failure))
            return ofRemote(failure, request);
        LOG.error("{} failed", request, failure);
        return new HttpError(500, "internal error; the server log has the details");
    }

    /**
     * What to answer when the remote store failed a query: 504 when it was slower than the time
     * limit, else 502. The failure itself (with the store's address and the query) is logged.
     */
    public HttpError ofRemote(Throwable failure, String request) {
        LOG.warn("{}: the SPARQL store failed: {}", request, describe(failure));
        if (causedBy(failure, HttpTimeoutException.class))
            return new HttpError(504, "the SPARQL store did not answer within " + limit());
        if (causedBy(failure, ConnectException.class))
            return new HttpError(502, "the SPARQL store cannot be reached");
        String says = storeSays(failure);
        return new HttpError(502, says == null
                ? "the SPARQL store failed: it answered with an error or with something that is not SPARQL"
                : "the SPARQL store failed: it answered with an error: " + says);
    }

    /** At most this much of the store's own message is passed on. */
    private static final int MOST_SAID = 300;
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("\\b(?:https?|ftp)://\\S+|\\b(?:localhost|\\d{1,3}(?:\\.\\d{1,3}){3})(?::\\d+)?\\S*");

    /**
     * The first line of the error the store answered with (an HTTP error status with a body), or
     * null: Virtuoso, GraphDB and Fuseki put the reason there, and the rest of the body is the
     * query sent, which the client must not see.
     */
    static String storeSays(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String body = t instanceof HttpException h && h.getStatusCode() >= 400 ? h.getResponse()
                    : t instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP q && q.getStatusCode() >= 400 ? q.getResponse()
                    : null;
            if (body == null || body.isBlank())
                continue;
            String first = body.strip().lines().findFirst().orElse("").strip();
            first = ADDRESS.matcher(first).replaceAll("(address)");
            if (first.isEmpty() || first.startsWith("<") || first.startsWith("{"))
                return null;
            return first.length() > MOST_SAID ? first.substring(0, MOST_SAID) + "…" : first;
        }
        return null;
    }

    /** Whether a failure is what reading a remote store throws (as opposed to a bug of ours). */
    private static boolean fromStore(Throwable failure) {
        return failure instanceof JenaException || failure instanceof HttpException || failure instanceof JsonException
                || causedBy(failure, IOException.class);
    }

    /** True when the failure or one of its causes is of a type. */
    public static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause())
            if (type.isInstance(t))
                return true;
        return false;
    }

    private static String describe(Throwable failure) {
        StringBuilder b = new StringBuilder(String.valueOf(failure));
        for (Throwable t = failure.getCause(); t != null; t = t.getCause())
            b.append("; caused by ").append(t);
        return b.toString();
    }

    private String limit() {
        long ms = timeout.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
