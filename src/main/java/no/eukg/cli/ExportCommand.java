package no.eukg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import no.eukg.export.Dumps;
import no.eukg.export.graph.GraphExports;
import no.eukg.graph.Store;
import no.eukg.graph.Stores;

/**
 * {@code export}: the same dumps the server offers at {@code /dumps/} (each through the RDF4J
 * interop gate) and the same graph exports as {@code /graph.*}, written to a file or stdout.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the graph as an RDF dump (ttl, nt, nq, trig, jsonld, rdf) or for graph tools (graphml, gexf, dot, cyjs).")
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;
    @Mixin RetiredBaseOption retiredBase;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            converter = ExportFormat.Converter.class, completionCandidates = ExportFormat.Names.class,
            description = "One of ${COMPLETION-CANDIDATES} (also the aliases rdfxml, rdf+xml, turtle, n3, json-ld...).")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (a name ending in .gz is gzipped); default: standard output.")
    Path out;

    @Option(names = "--lang", defaultValue = "en", description = "Language of labels in graph exports (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() throws IOException {
        boolean dump = format.dump() != null;
        if (!dump && !no.eukg.export.graph.GraphFormats.isLanguageTag(lang))
            throw new ParameterException(spec.commandLine(), "--lang '" + lang + "' is not a language tag (e.g. en, nb)");
        try (Store store = Stores.open(storeOptions.spec(), () -> project.files().namespace(), () -> project.validatedGraph())) {
            if (out == null) {
                write(store, dump, System.out);
                System.out.flush();
                return Main.OK;
            }
            // Written beside the target and moved into place, so a failure never leaves half a file.
            // Not Files.createTempFile: that makes the file private (0600), and the export is a file
            // like any other the user writes, with the permissions the umask gives.
            Path tmp = Files.createFile(out.toAbsolutePath().getParent().resolve(".export-" + UUID.randomUUID() + ".part"));
            try {
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp));
                     OutputStream target = out.toString().endsWith(".gz") ? new GZIPOutputStream(file) : file) {
                    write(store, dump, target);
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            spec.commandLine().getErr().println("wrote " + out + " (" + Files.size(out) + " bytes)");
            return Main.OK;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void write(Store store, boolean dump, OutputStream target) {
        if (dump) {
            try (Dumps dumps = new Dumps(store, project.files().namespace())) {
                dumps.write(format.dump(), target);
            }
        } else {
            GraphExports.write(store, project.files().namespace(), format.graph(), lang, target);
        }
    }
}
