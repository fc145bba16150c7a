package no.eukg.graph;

import java.util.OptionalInt;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExecBuilder;

/**
 * Where the graph lives: in memory, in a TDB2 directory, or behind a remote SPARQL endpoint.
 * Everything that reads the graph (the SPARQL endpoint, canned queries, pages, exports) goes
 * through {@link #query(Query)}, so a deployment can swap stores without touching them.
 */
public interface Store extends AutoCloseable {

    /**
     * The dataset Fuseki serves, read-only. A remote store has no local data: it returns an empty
     * dataset and {@link #isRemote()} tells the server to forward queries instead.
     */
    DatasetGraph dataset();

    /** A query execution against this store; the caller sets timeouts and runs it. */
    QueryExecBuilder query(Query query);

    /**
     * The most rows the store gives in one answer, if it cuts answers (Virtuoso's
     * {@code ResultSetMaxRows}); empty when it gives them all. Readers of whole graphs page by it
     * ({@link CompleteReads}).
     *
     * @param limit how long finding it out (once) may take, as any query of the caller's
     */
    default OptionalInt rowCap(java.time.Duration limit) { return OptionalInt.empty(); }

    /** True when queries are answered by another server. */
    boolean isRemote();

    /** A short description for logs and the service description, e.g. {@code tdb2:/var/kg}. */
    String describe();

    @Override
    void close();
}
