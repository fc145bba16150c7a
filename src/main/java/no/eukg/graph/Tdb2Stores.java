package no.eukg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
    private static final Pattern STORAGE = Pattern.compile("Data-(\\d+)");
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
        if (currentStorage(dir).isEmpty())
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
        OptionalInt current = currentStorage(dir);
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
                deleteTree(dir.resolve(storageName(current.getAsInt())));
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
                deleteTree(dir);
        }
    }

    /**
     * Builds a fresh database in {@code dir/Data-NNNN-tmp} with the phased loader and renames its
     * storage folder to {@code dir/Data-NNNN}. The phased loader is not crash-safe in place; here
     * it never writes where a reader looks until it has finished.
     */
    private static Loaded buildAndSwapIn(Path dir, int generation, Source source, Progress progress) {
        Path target = dir.resolve(storageName(generation));
        Path scratch = dir.resolve(storageName(generation) + "-tmp");
        deleteTree(scratch); // left by a killed load; Jena deletes these too when it connects
        DatasetGraph fresh;
        try {
            Files.createDirectories(scratch);
            fresh = DatabaseMgr.connectDatasetGraph(scratch.toString());
        } catch (IOException | RuntimeException e) {
            deleteTree(scratch);
            throw new StoreException("cannot create a scratch database in " + scratch + ": " + e.getMessage(), e);
        }
        long statements;
        try {
            statements = onDaemonThread(dir, () -> {
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
            Path built = storageIn(scratch);
            TDBInternal.expel(fresh, true);
            Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(dir);
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
            StoreException failure = new StoreException("loading into " + dir + " failed, the store is unchanged: " + writeFailure(dir, e), e);
            discard(fresh, scratch, failure);
            throw failure;
        }
        deleteTree(scratch);
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
            StoreException failure = new StoreException("loading into " + dir + " failed, the store is unchanged: " + writeFailure(dir, e), e);
            abort(loader, failure);
            throw failure;
        }
        return new Loaded(statements, storageName(generation), false);
    }

    /** Forgets the scratch database and deletes it; what goes wrong doing so is kept with the failure. */
    private static void discard(DatasetGraph fresh, Path scratch, RuntimeException failure) {
        try {
            TDBInternal.expel(fresh, true);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        try {
            deleteTree(scratch);
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

    /** What to tell a person when the JVM could not write a database file ({@code e} may be null). */
    private static String writeFailure(Path dir, Throwable e) {
        try {
            long free = Files.getFileStore(dir.toAbsolutePath()).getUsableSpace();
            if (free < 64L * 1024 * 1024)
                return "No space left on device (" + free / 1024 + " KB free where " + dir + " is) while writing the index files";
        } catch (IOException | RuntimeException ignored) {
            // The file system cannot tell; say what is known.
        }
        return e == null ? "a database file could not be written"
                : "the file system refused a write to the index files (" + e.getMessage() + ")";
    }

    /** The single storage folder TDB2 created in a fresh container. */
    private static Path storageIn(Path container) throws IOException {
        OptionalInt n = currentStorage(container);
        if (n.isEmpty())
            throw new IOException("the scratch database in " + container + " has no storage folder");
        return container.resolve(storageName(n.getAsInt()));
    }

    /**
     * Runs the phased loader on a daemon thread and waits for it. The loader's worker threads
     * (node table, indexes) are started from that thread, so they are daemons too and belong to
     * its thread group. Jena's pipeline waits forever when one of its workers fails (a full disk
     * stops the node-table worker, which logs the error and ends, and the thread feeding it then
     * waits for room in its queue), so the group is watched: an uncaught failure, or every one of
     * its threads parked for two seconds (no thread left that could wake the others), abandons
     * the load. The parked daemons cannot keep the JVM alive.
     */
    private static long onDaemonThread(Path dir, Callable<Long> work) {
        LoaderThreads threads = new LoaderThreads();
        CompletableFuture<Long> result = new CompletableFuture<>();
        Thread loader = new Thread(threads, () -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "tdb2-load");
        loader.setDaemon(true);
        loader.start();
        try {
            int parked = 0;
            while (true) {
                try {
                    return result.get(200, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillLoading) {
                    Throwable died = threads.failure;
                    if (died != null)
                        throw rethrown(died);
                    parked = threads.allParked() ? parked + 1 : 0;
                    if (parked >= 10)
                        throw new StoreException("loading into " + dir + " failed, the store is unchanged: "
                                + writeFailure(dir, null) + "; the loader's threads all stopped (the first error is logged above)");
                }
            }
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while loading", e);
        }
    }

    private static RuntimeException rethrown(Throwable e) {
        if (e instanceof RuntimeException r)
            return r;
        if (e instanceof Error err)
            throw err;
        return new IllegalStateException(e);
    }

    /** The loader's threads; remembers the first uncaught failure instead of printing it. */
    private static final class LoaderThreads extends ThreadGroup {
        volatile Throwable failure;

        LoaderThreads() {
            super("tdb2-load");
        }

        @Override
        public void uncaughtException(Thread t, Throwable e) {
            if (failure == null)
                failure = e;
        }

        /** True when every live thread of the group waits for another: none can make progress. */
        boolean allParked() {
            Thread[] all = new Thread[activeCount() + 8];
            int n = enumerate(all, false);
            if (n == 0)
                return false;
            for (int i = 0; i < n; i++) {
                Thread.State state = all[i].getState();
                if (state != Thread.State.WAITING && state != Thread.State.BLOCKED)
                    return false;
            }
            return true;
        }
    }

    private static String storageName(int generation) {
        return String.format("Data-%04d", generation);
    }

    /** The number of the highest {@code Data-NNNN} folder in {@code dir}: the one TDB2 opens. */
    private static OptionalInt currentStorage(Path dir) {
        if (!Files.isDirectory(dir))
            return OptionalInt.empty();
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory)
                    .map(p -> STORAGE.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max();
        } catch (IOException e) {
            throw new StoreException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Makes a rename durable across a power cut, where the platform allows it. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can sync a directory; the rename itself is still atomic.
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root))
            return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
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
