package no.eukg.graph;

import java.util.Objects;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;

/**
 * A store behind any SPARQL 1.1 endpoint (another Fuseki, GraphDB, Virtuoso, Neptune). The
 * publisher holds no data then: it is a stateless front, so copies can be load-balanced.
 */
public final class RemoteStore implements Store {
    private final String endpoint;
    private final DatasetGraph empty = DatasetGraphFactory.empty();

    public RemoteStore(String endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    public String endpoint() { return endpoint; }

    @Override public DatasetGraph dataset() { return empty; }
    /**
     * A short query goes as GET, a long one (over Jena's 2 KiB) as a form POST: Jena's default
     * sends a long one as {@code application/sparql-query}, which Virtuoso accepts and never
     * answers, so every canned query with provenance hung until the timeout. A form is what every
     * SPARQL 1.1 endpoint takes.
     */
    @Override public QueryExecBuilder query(Query query) {
        return QueryExecHTTP.service(endpoint).sendMode(QuerySendMode.asGetWithLimitForm).query(query);
    }
    @Override public boolean isRemote() { return true; }
    @Override public String describe() { return "sparql:" + endpoint; }
    @Override public void close() { }
}
