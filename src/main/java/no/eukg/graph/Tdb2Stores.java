package no.eukg.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapSink;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphNull;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphSink;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Opening and loading persistent TDB2 stores.
 *
 * <p>A TDB2 database directory holds numbered storage folders {@code Data-NNNN}; Jena opens the
 * highest-numbered one and deletes {@code Data-NNNN-tmp} folders when it connects (that is how its
 * own compaction switches to a new copy atomically). {@link #load} uses the same two rules: into an
 * empty or new database it streams the input through Jena's fast phased loader into a fresh
 * storage folder {@code Data-NNNN-tmp/Data-0001} and, only when everything parsed and was indexed,
 * renames that folder to the next {@code Data-NNNN}. A rename within one file system is atomic, so
 * a bad file or a kill leaves the directory as it was. Into a database that already holds data it
 * streams into Jena's sequential loader inside one write transaction, aborted on the first error.
 * Either way the input is read once.
 */
public final class Tdb2Stores {
    private static final String LOCK_FILE = "tdb.lock";
    /** How often (in statements) a source reports progress. */
    private static final int REPORT_EVERY = 10_000;

    private Tdb2Stores() { }

    /**
     * Opens an existing TDB2 database for serving.
     *
     * @throws StoreException when the directory is missing, is not a TDB2 database, or is corrupt
     */
    public static Store open(Path dir) {
        if (!Files.isDirectory(dir))
            throw new StoreException("no TDB2 database at " + dir + ": the directory does not exist (create it with `load --store tdb2:" + dir + "`)");
        if (Tdb2Folders.currentStorage(dir).isEmpty())
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

    /** What a load tells whoever watches it; called from the loading thread. */
    public interface Progress {
        /** The number of statements read from the source so far, now and then. */
        void read(long statements);

        /** What the loader is doing after reading, such as building an index. */
        void step(String message);

        /** Reports nothing. */
        Progress NONE = new Progress() {
            @Override public void read(long statements) { }
            @Override public void step(String message) { }
        };
    }

    /**
     * Where the statements of a load come from. A source sends each statement to the sink once
     * and throws {@link GraphSourceException} on the first bad one.
     */
    @FunctionalInterface
    public interface Source {
        /** @return the number of statements read */
        long sendTo(StreamRDF sink, Progress progress);

        /**
         * RDF files parsed strictly by {@code parser} (its base, its located errors), one after
         * the other, loaded as they are: a triple goes to the default graph and a quad to its named
         * graph, and nothing is copied between them. A dump already carries its own (truthful)
         * default graph; copying every named graph into it would put planned and sought facts
         * back there as bare triples. The project graph is built by {@link GraphLoader#load} and
         * loaded with {@link #dataset}.
         */
        static Source files(GraphLoader parser, List<Path> files) {
            Objects.requireNonNull(parser, "parser");
            List<Path> all = List.copyOf(files);
            return (sink, progress) -> {
                Forwarder forwarder = new Forwarder(sink, progress);
                for (Path file : all)
                    parser.parseInto(file, forwarder);
                progress.read(forwarder.statements);
                return forwarder.statements;
            };
        }

        /** Every quad of a dataset as it is (for the project graph, built in memory). */
        static Source dataset(DatasetGraph dsg) {
            Objects.requireNonNull(dsg, "dsg");
            return (sink, progress) -> {
                long count = 0;
                for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
                    Quad q = it.next();
                    // The loader files a quad naming the default graph as a named graph of that name.
                    if (q.isDefaultGraph())
                        sink.triple(q.asTriple());
                    else
                        sink.quad(q);
                    if (++count % REPORT_EVERY == 0)
                        progress.read(count);
                }
                progress.read(count);
                return count;
            };
        }
    }

    /**
     * How a load went.
     *
     * @param statements the statements read from the source
     * @param storage    the storage folder now holding the data, e.g. {@code Data-0001}
     * @param fresh      true when a fresh storage folder was built and swapped in, false when
     *                   the statements were added to existing data in one transaction
     */
    public record Loaded(long statements, String storage, boolean fresh) { }

    /**
     * Loads every statement of {@code source} into the TDB2 database at {@code dir}, creating it
     * if needed: all of them, or (on a bad statement, an I/O error or a kill) none.
     *
     * @throws GraphSourceException on bad input, with the store left as it was
     * @throws StoreException       when the store cannot be opened or written, left as it was
     */
    public static Loaded load(Path dir, Source source, Progress progress) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(progress, "progress");
        if (Files.exists(dir) && !Files.isDirectory(dir))
            throw new StoreException("cannot load into " + dir + ": it is a file, not a directory");
        OptionalInt current = Tdb2Folders.currentStorage(dir);
        if (current.isEmpty())
            return loadIntoNewDatabase(dir, source, progress);
        DatasetGraph dsg = connect(dir);
        RuntimeException failure = null;
        try {
            boolean empty;
            try {
                empty = Txn.calculateRead(dsg, dsg::isEmpty);
            } catch (RuntimeException e) {
                throw new StoreException("the TDB2 database at " + dir + " cannot be read: " + e.getMessage(), e);
            }
            if (empty) {
                // Holding the connection (and so the database's lock) keeps other processes out.
                Loaded loaded = buildAndSwapIn(dir, current.getAsInt() + 1, source, progress);
                TDBInternal.expel(dsg, true);
                Tdb2Folders.deleteTree(dir.resolve(Tdb2Folders.storageName(current.getAsInt())));
                return loaded;
            }
            return addInOneTransaction(dir, dsg, current.getAsInt(), source, progress);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            // Let the next connection in this JVM see the directory as it now is.
            release(dsg, dir, failure);
        }
    }

    /** Forgets a connection; a failure to close is added to the load's own failure, not put in its place. */
    private static void release(DatasetGraph dsg, Path dir, RuntimeException failure) {
        try {
            TDBInternal.expel(dsg, true);
        } catch (RuntimeException e) {
            if (failure == null)
                throw new StoreException("the TDB2 database at " + dir + " could not be closed: " + e.getMessage(), e);
            failure.addSuppressed(e);
        }
    }

    private static Loaded loadIntoNewDatabase(Path dir, Source source, Progress progress) {
        boolean created = !Files.exists(dir);
        ProcessFileLock lock;
        try {
            Files.createDirectories(dir);
            Path lockFile = dir.resolve(LOCK_FILE);
            if (!Files.exists(lockFile))
                Files.createFile(lockFile);
            // The lock TDB2 itself takes on a database directory: no server or second load meanwhile.
            lock = ProcessFileLock.create(lockFile.toString());
            lock.lockEx();
        } catch (IOException | RuntimeException e) {
            throw new StoreException("cannot create the TDB2 database at " + dir + ": " + e.getMessage(), e);
        }
        boolean loaded = false;
        try {
            Loaded result = buildAndSwapIn(dir, 1, source, progress);
            loaded = true;
            return result;
        } finally {
            lock.unlock();
            ProcessFileLock.release(lock);
            if (!loaded && created)
                Tdb2Folders.deleteTree(dir);
        }
    }

    /**
     * Builds a fresh database in {@code dir/Data-NNNN-tmp} with the phased loader and renames its
     * storage folder to {@code dir/Data-NNNN}. The phased loader is not crash-safe in place; here
     * it never writes where a reader looks until it has finished.
     */
    private static Loaded buildAndSwapIn(Path dir, int generation, Source source, Progress progress) {
        Path target = dir.resolve(Tdb2Folders.storageName(generation));
        Path scratch = dir.resolve(Tdb2Folders.storageName(generation) + "-tmp");
        Tdb2Folders.deleteTree(scratch); // left by a killed load; Jena deletes these too when it connects
        DatasetGraph fresh;
        try {
            Files.createDirectories(scratch);
            fresh = DatabaseMgr.connectDatasetGraph(scratch.toString());
        } catch (IOException | RuntimeException e) {
            Tdb2Folders.deleteTree(scratch);
            throw new StoreException("cannot create a scratch database in " + scratch + ": " + e.getMessage(), e);
        }
        long statements;
        try {
            statements = LoaderWatchdog.run(dir, () -> {
                DataLoader loader = LoaderFactory.phasedLoader(fresh, (fmt, args) -> progress.step(String.format(fmt, args)));
                loader.startBulk();
                try {
                    StreamRDF stream = loader.stream();
                    stream.start();
                    long n = source.sendTo(stream, progress);
                    stream.finish();
                    progress.step("building indexes");
                    loader.finishBulk();
                    return n;
                } catch (RuntimeException e) {
                    loader.finishException(e);
                    throw e;
                }
            });
            Path built = Tdb2Folders.storageIn(scratch);
            TDBInternal.expel(fresh, true);
            Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
            Tdb2Folders.syncDirectory(dir);
        } catch (IOException e) {
            StoreException failure = new StoreException("loading into " + dir + " failed, the store is unchanged: " + e.getMessage(), e);
            discard(fresh, scratch, failure);
            throw failure;
        } catch (GraphSourceException | StoreException e) {
            discard(fresh, scratch, e);
            throw e;
        } catch (RuntimeException e) {
            StoreException failure = new StoreException("loading into " + dir + " failed, the store is unchanged: " + e.getMessage(), e);
            discard(fresh, scratch, failure);
            throw failure;
        } catch (InternalError e) {
            StoreException failure = new StoreException("loading into " + dir + " failed, the store is unchanged: " + Tdb2Folders.writeFailure(dir, e), e);
            discard(fresh, scratch, failure);
            throw failure;
        }
        Tdb2Folders.deleteTree(scratch);
        return new Loaded(statements, target.getFileName().toString(), true);
    }

    private static Loaded addInOneTransaction(Path dir, DatasetGraph dsg, int generation, Source source, Progress progress) {
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, (fmt, args) -> progress.step(String.format(fmt, args)));
        long statements;
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            stream.start();
            statements = source.sendTo(stream, progress);
            stream.finish();
            progress.step("committing");
            loader.finishBulk();
        } catch (GraphSourceException e) {
            abort(loader, e);
            throw e;
        } catch (RuntimeException e) {
            abort(loader, e);
            throw new StoreException("loading into " + dir + " failed, the store is unchanged: " + e.getMessage(), e);
        } catch (InternalError e) {
            // A write to a memory-mapped index file that the file system refused (SIGBUS), typically a full disk.
            StoreException failure = new StoreException("loading into " + dir + " failed, the store is unchanged: " + Tdb2Folders.writeFailure(dir, e), e);
            abort(loader, failure);
            throw failure;
        }
        return new Loaded(statements, Tdb2Folders.storageName(generation), false);
    }

    /** Forgets the scratch database and deletes it; what goes wrong doing so is kept with the failure. */
    private static void discard(DatasetGraph fresh, Path scratch, RuntimeException failure) {
        try {
            TDBInternal.expel(fresh, true);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        try {
            Tdb2Folders.deleteTree(scratch);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Ends the load's transaction; a failure to abort is kept with the load's own failure. */
    private static void abort(DataLoader loader, RuntimeException failure) {
        try {
            loader.finishException(failure);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static DatasetGraph connect(Path dir) {
        try {
            return DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the TDB2 database at " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The sink a {@link GraphLoader} parses into, forwarding to a loader's stream: it reuses the
     * loader's strict, located error handling without holding anything in memory.
     */
    private static final class Forwarder extends DatasetGraphNull {
        private final StreamRDF sink;
        private final Progress progress;
        long statements;

        Forwarder(StreamRDF sink, Progress progress) {
            this.sink = sink;
            this.progress = progress;
        }

        @Override
        public void add(Quad quad) {
            if (quad.isDefaultGraph())
                sink.triple(quad.asTriple());
            else
                sink.quad(quad);
            if (++statements % REPORT_EVERY == 0)
                progress.read(statements);
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            add(Quad.create(g, s, p, o));
        }

        @Override
        protected Graph createGraph() {
            return GraphSink.instance();
        }

        @Override
        public PrefixMap prefixes() {
            return PrefixMapSink.sink;
        }
    }
}
