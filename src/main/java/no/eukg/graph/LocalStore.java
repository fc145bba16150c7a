package no.eukg.graph;

import java.util.Objects;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;

/** A store whose dataset is in this JVM: the in-memory default, or a TDB2 directory. */
public final class LocalStore implements Store {
    private final DatasetGraph dataset;
    private final DatasetGraph writable;
    private final String description;
    private final Runnable onClose;

    /**
     * @param dataset     the loaded dataset; it is published read-only
     * @param description what the store is, for logs
     * @param onClose     releases the dataset (TDB2 lock), or does nothing
     */
    public LocalStore(DatasetGraph dataset, String description, Runnable onClose) {
        this.writable = Objects.requireNonNull(dataset, "dataset");
        this.dataset = new DatasetGraphReadOnly(dataset);
        this.description = Objects.requireNonNull(description, "description");
        this.onClose = Objects.requireNonNull(onClose, "onClose");
    }

    @Override public DatasetGraph dataset() { return dataset; }

    /** The dataset itself, for a deployment that turned updates on; everything else reads {@link #dataset()}. */
    public DatasetGraph writable() { return writable; }
    @Override public QueryExecBuilder query(Query query) { return QueryExec.dataset(dataset).query(query); }
    @Override public boolean isRemote() { return false; }
    @Override public String describe() { return description; }
    @Override public void close() { onClose.run(); }
}
