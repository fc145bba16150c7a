package no.eukg.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.LongConsumer;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.riot.system.StreamRDF;

/** Opening and loading persistent TDB2 stores. */
public final class Tdb2Stores {
    private Tdb2Stores() { }

    /**
     * Opens an existing TDB2 database for serving.
     *
     * @throws StoreException when the directory is missing, is not a TDB2 database, or is corrupt
     */
    public static Store open(Path dir) {
        if (!Files.isDirectory(dir))
            throw new StoreException("no TDB2 database at " + dir + ": the directory does not exist (create it with `load --store tdb2:" + dir + "`)");
        if (!isDatabase(dir))
            throw new StoreException("no TDB2 database at " + dir + ": the directory holds no Data-NNNN folder (create it with `load --store tdb2:" + dir + "`)");
        DatasetGraph dsg = connect(dir);
        try {
            // Touch the indexes once so a corrupt database is reported now, not on the first query.
            Txn.executeRead(dsg, () -> dsg.find().hasNext());
        } catch (RuntimeException e) {
            throw new StoreException("the TDB2 database at " + dir + " cannot be read: " + e.getMessage(), e);
        }
        return new LocalStore(dsg, "tdb2:" + dir, () -> { });
    }

    /**
     * Adds every quad of an already validated dataset to the TDB2 database at {@code dir}, in one
     * write transaction of Jena's sequential loader: a failure or a kill part-way leaves the
     * previous contents exactly as they were (the phased and parallel loaders do not promise that).
     *
     * @param progress told the number of quads loaded so far, now and then
     * @return the number of quads sent to the store
     */
    public static long load(Path dir, DatasetGraph validated, LongConsumer progress) {
        DatasetGraph tdb = connect(dir);
        DataLoader loader = LoaderFactory.sequentialLoader(tdb, (fmt, args) -> { });
        long count = 0;
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            stream.start();
            for (Iterator<Quad> it = validated.find(); it.hasNext(); ) {
                Quad q = it.next();
                // The loader files a quad naming the default graph as a named graph of that name.
                if (q.isDefaultGraph())
                    stream.triple(q.asTriple());
                else
                    stream.quad(q);
                if (++count % 10_000 == 0)
                    progress.accept(count);
            }
            stream.finish();
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException("loading into " + dir + " failed, the store is unchanged: " + e.getMessage(), e);
        }
        progress.accept(count);
        return count;
    }

    private static DatasetGraph connect(Path dir) {
        try {
            return DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the TDB2 database at " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isDatabase(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
