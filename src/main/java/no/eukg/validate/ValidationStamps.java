package no.eukg.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.eukg.graph.ProjectFiles;

/**
 * Notes that a project's exact files passed validation by this exact program, so that the full
 * validation (a second parse with RDF4J Rio, the SHACL shapes, the text coverage, every query) is
 * not run again on every start: {@code validate} or the first {@code serve} leaves a stamp, and a
 * later {@code serve} of the same files finds it, replays the warnings and only parses once.
 * Beside the stamp it keeps the graph those files build (in RDF Thrift, Jena's binary syntax,
 * which reads several times faster than parsing the Turtle, finding the mentions in the source
 * text and filling the default graph again), so that a later start reads that instead.
 *
 * <p>A stamp is named by a SHA-256 over the program (the jar's path, size and modification time)
 * and over every file under {@code ontology/}, {@code data/} and {@code queries/} (their relative
 * paths and bytes), so a change to any file, or a new build, validates afresh. Stamps live in
 * {@code $XDG_CACHE_HOME/norway-eu-kg/validated/} ({@code ~/.cache} by default). Outside a jar (the
 * tests' class folders change without a new jar) there are none, and neither is there when the
 * cache cannot be written: validation then simply runs every time.
 */
public final class ValidationStamps {
    private static final Logger LOG = LoggerFactory.getLogger(ValidationStamps.class);
    private final Path dir;
    private final String program;

    private ValidationStamps(Path dir, String program) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.program = Objects.requireNonNull(program, "program");
    }

    /** The stamps of the program running now, in the user's cache; empty when it is not a jar. */
    public static Optional<ValidationStamps> ofThisProgram() {
        try {
            Path code = Path.of(ValidationStamps.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code))
                return Optional.empty();
            String program = code.toAbsolutePath() + "\u0000" + Files.size(code) + "\u0000" + Files.getLastModifiedTime(code).toMillis();
            String cache = System.getenv("XDG_CACHE_HOME");
            Path root = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
            return Optional.of(new ValidationStamps(root.resolve("norway-eu-kg").resolve("validated"), program));
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The stamp of exactly these files for this program, named once (hashing every file) for both
     * looking it up and writing it; empty when the files cannot be read.
     */
    public Optional<Stamp> of(ProjectFiles files) {
        try {
            return Optional.of(new Stamp(dir.resolve(key(files))));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** One stamp: there when a validation of its files by this program found no errors. */
    public final class Stamp {
        private final Path file;

        private Stamp(Path file) {
            this.file = file;
        }

        /** The warnings of that validation, if there was one. */
        public Optional<List<String>> warnings() {
            try {
                return Files.isRegularFile(file) ? Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8)) : Optional.empty();
            } catch (IOException | UncheckedIOException e) {
                return Optional.empty();
            }
        }

        /**
         * The graph these files build, as this program built it before; empty when none was kept
         * or it cannot be read (a later {@link #keep} replaces it).
         */
        public Optional<DatasetGraph> graph() {
            Path kept = graphFile();
            if (!Files.isRegularFile(kept))
                return Optional.empty();
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            try {
                RDFParser.source(kept).lang(Lang.RDFTHRIFT).parse(dsg);
                return Optional.of(dsg);
            } catch (RiotException | UncheckedIOException e) {
                LOG.debug("the kept graph {} cannot be read: {}", kept, e.getMessage());
                return Optional.empty();
            }
        }

        /** Keeps the graph these files build, for {@link #graph} to read on a later start. */
        public void keep(DatasetGraph graph) {
            write(graphFile(), tmp -> {
                try (var out = Files.newOutputStream(tmp)) {
                    RDFDataMgr.write(out, graph, Lang.RDFTHRIFT);
                }
            });
        }

        private Path graphFile() {
            return file.resolveSibling(file.getFileName() + ".rt");
        }

        /** Records a validation that found no errors; {@code warnings} are kept to be told again. */
        public void record(List<Problem> warnings) {
            write(file, tmp -> Files.write(tmp, warnings.stream().map(Problem::located).toList(), StandardCharsets.UTF_8));
        }

        /** Writes beside the final name and moves into place, so a reader never sees half a file. */
        private void write(Path target, Writing writing) {
            try {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, ".stamp-", ".part");
                try {
                    writing.to(tmp);
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException | UncheckedIOException | RiotException e) {
                // A cache that cannot be written only means validating or parsing again next time.
                LOG.debug("nothing kept in {}: {}", dir, e.getMessage());
            }
        }
    }

    private interface Writing {
        void to(Path tmp) throws IOException;
    }

    private String key(ProjectFiles files) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        sha.update(program.getBytes(StandardCharsets.UTF_8));
        Path root = files.root();
        for (Path dir : List.of(files.ontologyDir(), files.dataDir(), files.queriesDir())) {
            if (!Files.isDirectory(dir))
                continue;
            List<Path> all;
            try (Stream<Path> walk = Files.walk(dir)) {
                all = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : all) {
                sha.update((root.relativize(f).toString() + "\u0000").getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(f));
                sha.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
