package no.eukg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import no.eukg.graph.GraphLoader;
import no.eukg.graph.GraphSourceException;
import no.eukg.graph.ProjectFiles;
import no.eukg.graph.StoreSpec;
import no.eukg.graph.Tdb2Stores;

/**
 * {@code load}: streams RDF files (or the project's own graph) into a TDB2 store in one pass,
 * atomically: a bad file or a kill part-way leaves the store as it was (see
 * {@link Tdb2Stores#load}). Prints progress, then the rate and the peak memory.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load RDF files atomically into a TDB2 store (default: the project's own graph), parsing them strictly in one pass.",
                "Into a new or empty store it builds a fresh database beside the old one and swaps it in when complete; into a store with data it adds everything in one transaction."})
final class LoadCommand implements Callable<Integer> {
    private static final long MB = 1024 * 1024;

    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;
    @Mixin RetiredBaseOption retiredBase;
    @Mixin StoreOptions storeOptions;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "RDF files (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML).")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        if (!(storeOptions.spec() instanceof StoreSpec.Tdb2 tdb2))
            throw new ParameterException(spec.commandLine(), "load needs --store tdb2:DIR (got " + storeOptions.spec() + ")");
        PrintWriter err = spec.commandLine().getErr();
        Tdb2Stores.Source source;
        long expected;
        if (files.isEmpty()) {
            // The project graph needs the whole of it in memory anyway (NIF, the asserted facts copied into the default graph); it is small.
            err.println("reading the project graph ...");
            DatasetGraph graph = project.graph();
            source = Tdb2Stores.Source.dataset(graph);
            expected = graph.stream().count();
        } else {
            long bytes = 0;
            for (Path file : files)
                bytes += checkedSize(file);
            err.printf("loading %d file(s), %d MB, into %s ...%n", files.size(), (bytes + MB - 1) / MB, tdb2.dir());
            // The project's own files resolve against its namespace; dumps from elsewhere name everything absolutely.
            GraphLoader parser = project.files().declaresNamespace() ? new GraphLoader(project.files().namespace()) : GraphLoader.absolute();
            source = Tdb2Stores.Source.files(parser, files);
            expected = -1;
        }
        // A terminal redraws one line; a pipe or a log gets plain lines (System.console() is null then).
        ProgressBar bar = new ProgressBar(err, System.console() != null, expected);
        long started = System.nanoTime();
        Tdb2Stores.Loaded loaded;
        try {
            loaded = Tdb2Stores.load(tdb2.dir(), source, bar);
        } finally {
            bar.done();
        }
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        err.printf("loaded %d quads into %s in %.1f s (%.0f quads/s); %s%n", loaded.statements(), tdb2.dir(), seconds,
                loaded.statements() / seconds,
                loaded.fresh() ? "built fresh as " + loaded.storage() + " and swapped in"
                        : "added to the data in " + loaded.storage() + " in one transaction");
        err.println("peak memory: " + peakMemory());
        return Main.OK;
    }

    /** Fails before anything is written when a file is missing or not RDF by its name. */
    private static long checkedSize(Path file) {
        if (!Files.isRegularFile(file))
            throw new GraphSourceException(file, -1, -1, "no such file");
        ProjectFiles.langOf(file);
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new GraphSourceException(file, -1, -1, "cannot read: " + e.getMessage());
        }
    }

    /** The process's peak resident memory (Linux's VmHWM), and the heap limit it ran under. */
    private static String peakMemory() {
        long heapLimit = Runtime.getRuntime().maxMemory() / MB;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status")))
                if (line.startsWith("VmHWM:"))
                    return "RSS " + Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB (Java heap limit " + heapLimit + " MB)";
        } catch (IOException | RuntimeException e) {
            // Not Linux: fall back to what the JVM knows.
        }
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / MB;
        return "Java heap " + heapPeak + " MB at most (limit " + heapLimit + " MB)";
    }
}
