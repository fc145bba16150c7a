package no.eukg.web;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

import no.eukg.graph.Store;

/**
 * Fuseki's own query operation (protocol, content negotiation, result writing) with execution
 * handed to a remote store: Fuseki would otherwise evaluate the query locally over an empty
 * dataset. Only the execution is replaced; nothing of the SPARQL protocol is re-implemented.
 */
final class RemoteQueryProcessor extends SPARQL_QueryDataset {
    private final Store store;
    private final Duration timeout;

    RemoteQueryProcessor(Store store, Duration timeout) {
        this.store = Objects.requireNonNull(store, "store");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph ignored) {
        return store.query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }
}
