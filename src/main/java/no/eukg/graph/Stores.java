package no.eukg.graph;

import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;

/** Opens the store a {@link StoreSpec} names. */
public final class Stores {
    private Stores() { }

    /**
     * @param spec         which store
     * @param namespace    the graph's canonical namespace, which names a remote store's default graph;
     *                     read only for a remote store (a project's errors are the loader's to report)
     * @param projectGraph loads the project's files; called only for the in-memory store
     */
    public static Store open(StoreSpec spec, Supplier<Namespace> namespace, Supplier<DatasetGraph> projectGraph) {
        if (spec instanceof StoreSpec.Tdb2 tdb2)
            return Tdb2Stores.open(tdb2.dir());
        if (spec instanceof StoreSpec.Sparql sparql)
            return new RemoteStore(sparql.endpoint(), namespace.get());
        return new LocalStore(projectGraph.get(), "mem", () -> { });
    }
}
