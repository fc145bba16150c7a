package no.eukg.web.sparql;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletBase;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

import no.eukg.graph.Store;
import no.eukg.web.Failures;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;
import no.eukg.web.ServerConfig;

/**
 * Fuseki's own query operation (protocol, content negotiation, result writing), with these things
 * added: a bound on how deeply a query nests, {@code SERVICE} refused before it runs
 * ({@link Federation}), the result-size limit, announced in a header on every answer, the
 * client's {@code timeout} in the units {@code --timeout} takes ({@link ClientTimeout}), a query
 * body read in the charset its {@code Content-Type} names, {@code HEAD} answered as {@code GET},
 * and, for a remote store, execution handed to the remote with its failures told apart (502 when
 * it is down or answers nonsense, 504 when it is too slow) and connection failures retried with
 * backoff, since a query is safe to repeat. Nothing else of the SPARQL protocol is re-implemented.
 */
final class PublisherQueryProcessor extends SPARQL_QueryDataset {
    /** Header announcing the cap on solutions; {@code Result-Limit-Applied} says it cut this query's LIMIT. */
    static final String RESULT_LIMIT = "Result-Limit";
    static final String RESULT_LIMIT_APPLIED = "Result-Limit-Applied";
    private static final int ATTEMPTS = 3;
    /** The RDF syntaxes Fuseki writes a graph in, for the 406 of a graph query that none fits. */
    private static final Negotiation GRAPH_TYPES = new Negotiation(
            DEF.rdfOffer.entries().stream().map(m -> m.getContentTypeStr()).toList(), java.util.Map.of());

    private final Store store;
    private final ServerConfig config;
    private final Failures failures;

    PublisherQueryProcessor(Store store, ServerConfig config) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.failures = new Failures(config.timeout(), store.isRemote());
    }

    /** HEAD is GET without the body (Jetty sends none for HEAD); Fuseki's query operation refuses it with 405. */
    @Override
    public void execHead(HttpAction action) {
        executeLifecycle(action);
    }

    /** Fuseki's checks, but for HEAD, which it would refuse as a method other than GET and POST. */
    @Override
    public void validate(HttpAction action) {
        if (!action.getRequestMethod().equals("HEAD")) {
            super.validate(action);
            return;
        }
        validateParams(action, acceptedParams(action));
        validateRequest(action);
    }

    /** The body in the charset its Content-Type names (Fuseki reads UTF-8 whatever it says); UTF-8 when it names none. */
    @Override
    protected void executeBody(HttpAction action) {
        // RequestShapeFilter has turned away a charset this JVM does not know.
        String charset = action.getRequest().getCharacterEncoding();
        String queryString;
        try {
            queryString = new String(action.getRequestInputStream().readAllBytes(),
                    charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
        } catch (IOException | RuntimeException e) {
            fail(failures.answer(e, request(action)));
            return;
        }
        execute(queryString, action);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        // Fuseki sets Vary for GET only; a POSTed query is negotiated by Accept just the same.
        ServletBase.setVaryHeader(action.getResponse());
        int depth = QueryDepth.of(queryString);
        if (depth > QueryDepth.LIMIT)
            ServletOps.errorBadRequest("the query nests " + depth + " levels deep; the limit is " + QueryDepth.LIMIT);
        super.execute(queryString, action);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (Federation.asksFor(query))
            fail(failures.answer(new QueryDeniedException("SERVICE"), request(action)));
        // Fuseki answers a SELECT that no results format fits with 406 but a CONSTRUCT that no RDF
        // syntax fits with Turtle anyway; both are 406 here, as everywhere else on the site.
        if ((query.isConstructType() || query.isDescribeType()) && !FormatParameter.given(action.getRequest())) {
            try {
                GRAPH_TYPES.choose(action.getRequestHeader("Accept"));
            } catch (HttpError notAcceptable) {
                fail(notAcceptable);
            }
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        action.getResponse().setHeader(RESULT_LIMIT, Long.toString(config.limits().resultLimit()));
        if (limit(query))
            action.getResponse().setHeader(RESULT_LIMIT_APPLIED, "true");
        if (store.isRemote())
            return remote(query, action);
        // Fuseki's own builder, with our reading of the timeout parameter in place of its whole seconds.
        return QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext())
                .timeout(timeout(action).toMillis(), TimeUnit.MILLISECONDS).build();
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String log) {
        if (!store.isRemote())
            return super.executeQuery(action, exec, query, log);
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            QueryExec current = attempt == 1 ? exec : remote(query, action);
            try {
                // Read the whole answer now: a remote that breaks off or sends garbage is then a
                // clean 502, not a response cut short after its 200 has gone out.
                QueryExecResult result = super.executeQuery(action, current, query, log);
                return result.isRowSet() ? new QueryExecResult(result.rowSet().materialize()) : result;
            } catch (RuntimeException e) {
                failure = e;
                if (!Failures.causedBy(e, ConnectException.class) || attempt == ATTEMPTS)
                    break;
                pause(100L << (2 * (attempt - 1)));   // 100 ms, then 400 ms
            }
        }
        fail(failures.ofRemote(failure, request(action)));
        return null;
    }

    /** Answers with the status and message of the one failure table; Fuseki writes it, as its other errors. */
    private static void fail(HttpError error) {
        ServletOps.error(error.status(), error.getMessage());
    }

    private static String request(HttpAction action) {
        return action.getRequestMethod() + " " + action.getRequestRequestURI();
    }

    /** The client's timeout held to the server's (ProtocolFilter has turned away one that is not a duration). */
    private Duration timeout(HttpAction action) {
        return ClientTimeout.within(action.getRequestParameter(ClientTimeout.PARAM), config.timeout());
    }

    private QueryExec remote(Query query, HttpAction action) {
        return store.query(query).timeout(timeout(action).toMillis(), TimeUnit.MILLISECONDS).build();
    }

    /**
     * Holds the query to at most {@code resultLimit} solutions. In place: Fuseki parsed this query
     * for this request alone, and a copy (Query.cloneQuery transforms the whole syntax tree) cost
     * every passthrough query a second walk of it.
     *
     * @return true when the cap cut the query's own limit (or it had none)
     */
    private boolean limit(Query query) {
        long cap = config.limits().resultLimit();
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= cap))
            return false;
        query.setLimit(cap);
        return true;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
