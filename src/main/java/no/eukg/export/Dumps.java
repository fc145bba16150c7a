package no.eukg.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import no.eukg.graph.CompleteReads;
import no.eukg.graph.Namespace;
import no.eukg.graph.SparqlResource;
import no.eukg.graph.Store;
import no.eukg.graph.TruncatedAnswerException;

/**
 * The whole graph as downloadable files, each also gzipped, in two kinds (as Wikidata offers
 * "truthy" and "all" dumps): the <em>full dataset</em>, N-Quads and TriG with every fact in its
 * named graph beside its provenance and modality ({@code dataset.nq}, {@code dataset.trig}); and
 * the <em>truthy graph</em>, Turtle, N-Triples, JSON-LD and RDF/XML of the default graph alone,
 * which holds only what the text states as the case ({@code truthy.ttl} and the rest).
 *
 * <p>A file is built the first time it is asked for and kept in a temporary folder: the graph is
 * immutable while it is served. Before a file is offered it passes the {@link InteropGate}; a file
 * that fails is deleted and every request for it gets the same {@link InteropException}.
 *
 * <p>Used by the {@code /dumps/} pages and by the {@code export} command
 * ({@link #write(String, OutputStream)}).
 */
public final class Dumps implements AutoCloseable {
    /** The full dataset's files are {@code dataset.<ext>} and {@code dataset.<ext>.gz}. */
    public static final String FULL = "dataset";
    /** The truthy graph's files are {@code truthy.<ext>} and {@code truthy.<ext>.gz}. */
    public static final String TRUTHY = "truthy";
    private static final Query ALL_QUADS = SparqlResource.load(Dumps.class, "all-quads.rq");

    private final Store store;
    private final RdfOutput output;
    private final Map<RdfSyntax, Object> built = new EnumMap<>(RdfSyntax.class);
    private DatasetGraph remoteCopy;
    private Object hdt;
    private Path dir;

    /**
     * @param store  where the graph is; a remote store is copied once, on first use
     * @param output the writers, with the publisher's prefixes and JSON-LD context
     */
    public Dumps(Store store, RdfOutput output) {
        this.store = Objects.requireNonNull(store, "store");
        this.output = Objects.requireNonNull(output, "output");
    }

    /** Dumps of a store whose IRIs are under {@code namespace}. */
    public Dumps(Store store, Namespace namespace) {
        this(store, new RdfOutput(new Prefixes(namespace)));
    }

    /** The {@code export --format} names, in the order of the listing. */
    public static List<String> formatNames() {
        return Arrays.stream(RdfSyntax.values()).map(RdfSyntax::formatName).toList();
    }

    /**
     * Writes the dump in {@code syntax} to {@code out}, after it has passed the interop gate.
     *
     * @throws InteropException when the dump fails the gate
     */
    public void write(RdfSyntax syntax, OutputStream out) {
        copy(build(java.util.Objects.requireNonNull(syntax, "syntax")).plain(), out);
    }

    /** Every dump file (each syntax, plain and gzipped, and the HDT), building those not built yet. */
    public List<DumpInfo> list() {
        List<DumpInfo> all = new ArrayList<>();
        for (RdfSyntax s : RdfSyntax.values()) {
            Built b = build(s);
            all.add(b.plain().info());
            all.add(b.gz().info());
        }
        all.add(hdt().info());
        return all;
    }

    /** The HDT dump's file name: HDT holds triples, so it is of the truthy graph. */
    public static final String HDT_FILE = TRUTHY + "." + HdtDump.FORMAT.extension();

    /** The name of the dump file in a syntax: the quad syntaxes hold the full dataset, the others the truthy graph. */
    public static String fileName(RdfSyntax syntax) {
        return (syntax.quads() ? FULL : TRUTHY) + "." + syntax.extension();
    }

    /** The dump file of that name ({@code truthy.ttl}, {@code dataset.nq.gz}...), if there is one. */
    public Optional<DumpInfo> find(String fileName) {
        return fileFor(fileName).map(File::info);
    }

    /** Copies the named dump file to {@code out}. */
    public void write(DumpInfo info, OutputStream out) {
        copy(fileFor(info.fileName()).orElseThrow(() -> new IllegalArgumentException("no dump " + info.fileName())), out);
    }

    /**
     * The name a triple-only dump has now, for a name it once had: {@code dataset.ttl} (and
     * {@code dataset.ttl.gz}) held the default graph, which is the truthy file {@code truthy.ttl}.
     */
    public static Optional<String> renamed(String fileName) {
        Named n = Named.of(fileName);
        return Arrays.stream(RdfSyntax.values()).filter(s -> !s.quads() && n.plain().equals(FULL + "." + s.extension()))
                .findFirst().map(s -> fileName(s) + (n.gz() ? ".gz" : ""));
    }

    private Optional<File> fileFor(String fileName) {
        if (fileName.equals(HDT_FILE))
            return Optional.of(hdt());
        Named n = Named.of(fileName);
        return Arrays.stream(RdfSyntax.values()).filter(s -> fileName(s).equals(n.plain())).findFirst()
                .map(this::build).map(b -> n.gz() ? b.gz() : b.plain());
    }

    /** A dump file's name without its {@code .gz}, and whether it had one. */
    private record Named(String plain, boolean gz) {
        static Named of(String fileName) {
            boolean gz = fileName.endsWith(".gz");
            return new Named(gz ? fileName.substring(0, fileName.length() - 3) : fileName, gz);
        }
    }

    private static void copy(File file, OutputStream out) {
        try (InputStream in = Files.newInputStream(file.path())) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record File(Path path, DumpInfo info) { }

    private record Built(File plain, File gz) { }

    private synchronized Built build(RdfSyntax syntax) {
        Object done = built.get(syntax);
        if (done instanceof Built b)
            return b;
        if (done instanceof InteropException e)
            throw new InteropException(e.getMessage(), e);
        try {
            Built b = readLocked(() -> buildNow(syntax));
            built.put(syntax, b);
            return b;
        } catch (InteropException e) {
            built.put(syntax, e);
            throw e;
        }
    }

    /**
     * The HDT dump, built once: written from the default graph, read back with hdt-java and
     * offered only when what it holds is isomorphic to the graph (its own interop gate).
     */
    private synchronized File hdt() {
        if (hdt instanceof File f)
            return f;
        if (hdt instanceof InteropException e)
            throw new InteropException(e.getMessage(), e);
        try {
            File f = readLocked(this::buildHdt);
            hdt = f;
            return f;
        } catch (InteropException e) {
            hdt = e;
            throw e;
        }
    }

    private File buildHdt() {
        org.apache.jena.graph.Graph graph = source().getDefaultGraph();
        Path file = folder().resolve(HDT_FILE);
        MessageDigest sha = sha256();
        try (OutputStream out = new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(file), sha))) {
            // HDT names the dataset it holds in its header: the graph's resources are under kg:.
            HdtDump.write(graph, output.prefixes().namespace("kg"), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            org.apache.jena.graph.Graph back = HdtDump.read(in);
            if (!back.isIsomorphicWith(graph)) {
                deleteQuietly(file);
                throw new InteropException("the HDT dump read back with hdt-java is not the truthy graph (" + back.size()
                        + " of " + graph.size() + " triples)");
            }
            return new File(file, new DumpInfo(HDT_FILE, HdtDump.FORMAT, false, Files.size(file), graph.size(), hex(sha)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T readLocked(Supplier<T> action) {
        DatasetGraph dsg = source();
        return dsg.supportsTransactions() ? Txn.calculateRead(dsg, action) : action.get();
    }

    private Built buildNow(RdfSyntax syntax) {
        DatasetGraph dsg = source();
        String name = fileName(syntax);
        Path plain = folder().resolve(name);
        Path gz = folder().resolve(name + ".gz");
        MessageDigest sha = sha256();
        try (OutputStream out = new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(plain), sha))) {
            output.write(syntax, dsg, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(plain);
            throw new InteropException("cannot write the " + syntax.formatName() + " dump with Jena: " + e.getMessage(), e);
        }
        try (InputStream in = Files.newInputStream(plain)) {
            InteropGate.check(syntax, in, dsg, "the " + name + " dump");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InteropException e) {
            deleteQuietly(plain);
            throw e;
        }
        long statements = syntax.quads() ? count(dsg.find()) : dsg.getDefaultGraph().size();
        MessageDigest gzSha = sha256();
        try (InputStream in = Files.newInputStream(plain);
             OutputStream out = new GZIPOutputStream(new DigestOutputStream(Files.newOutputStream(gz), gzSha))) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new Built(
                    new File(plain, new DumpInfo(name, syntax, false, Files.size(plain), statements, hex(sha))),
                    new File(gz, new DumpInfo(name + ".gz", syntax, true, Files.size(gz), statements, hex(gzSha))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dataset the dumps are of (a remote store's copy, read once), for what compares releases. */
    public DatasetGraph dataset() { return source(); }

    /**
     * The data to dump: the local dataset, or a copy of the remote store's made once, read in
     * pages its row cap allows. A copy that is not the whole store (its pages overlapped, so fewer
     * distinct statements arrived than it counts) is refused, never offered as the dump.
     */
    private synchronized DatasetGraph source() {
        if (!store.isRemote())
            return store.dataset();
        if (remoteCopy == null) {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            // Literals in their canonical form: Virtuoso gives xsd:boolean true back as "1".
            CanonicalizeLiteral canonical = CanonicalizeLiteral.get();
            long read = CompleteReads.select(store, ALL_QUADS, null, row -> {
                Node g = row.get("g");
                copy.add(g == null ? Quad.defaultGraphIRI : g, row.get("s"), row.get("p"), canonical.apply(row.get("o")));
            });
            long held = count(copy.find());
            if (held != read)
                throw new TruncatedAnswerException("the SPARQL store's pages gave " + held + " distinct statements of the "
                        + read + " it holds (its pages overlapped)");
            remoteCopy = copy;
        }
        return remoteCopy;
    }

    private synchronized Path folder() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("eukg-dumps-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a folder for the dumps", e);
            }
            dir.toFile().deleteOnExit();
        }
        return dir;
    }

    /** Deletes the built files. */
    @Override
    public synchronized void close() {
        if (dir == null)
            return;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList()))
                deleteQuietly(p);
        } catch (IOException e) {
            // nothing to clean then
        }
        deleteQuietly(dir);
        dir = null;
        built.clear();
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            p.toFile().deleteOnExit();
        }
    }

    private static long count(java.util.Iterator<?> it) {
        long n = 0;
        for (; it.hasNext(); it.next())
            n++;
        return n;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    private static String hex(MessageDigest sha) {
        return HexFormat.of().formatHex(sha.digest());
    }
}
