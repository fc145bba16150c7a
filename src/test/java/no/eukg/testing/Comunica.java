package no.eukg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Comunica ({@code @comunica/query-sparql} 4.x, whose CLI runs on Node 20), run as a
 * process: a Linked Data Fragments client for the tests of {@code /fragments}. It is found at the
 * path in the system property {@code eukg.comunica} or else where {@code .ci/run} installs it,
 * {@code ~/.cache/eukg-comunica/node_modules/.bin/comunica-sparql}; when it is in neither place
 * the test fails saying how to install it, rather than passing without it.
 */
public final class Comunica {
    /** What {@code .ci/run} installs, and where. */
    public static final String INSTALL = "npm install --prefix \"$HOME/.cache/eukg-comunica\" @comunica/query-sparql@4.5.0";

    private final Path binary;

    private Comunica(Path binary) {
        this.binary = binary;
    }

    /** The installed Comunica, or an {@link AssertionError} saying how to install it. */
    public static Comunica installed() {
        String given = System.getProperty("eukg.comunica");
        Path binary = given != null && !given.isBlank() ? Path.of(given)
                : Path.of(System.getProperty("user.home"), ".cache", "eukg-comunica", "node_modules", ".bin", "comunica-sparql");
        if (!Files.isExecutable(binary))
            throw new AssertionError("Comunica's comunica-sparql is not at " + binary + ": install it with\n  " + INSTALL
                    + "\n(.ci/run does), or give its path with -Deukg.comunica=/path/to/comunica-sparql");
        return new Comunica(binary);
    }

    /**
     * Runs one query over one source and returns what Comunica prints, in {@code mediaType}
     * ({@code application/sparql-results+json} for SELECT and ASK, an RDF type for CONSTRUCT).
     * A run longer than {@code timeout} is killed, and a failed run throws with Comunica's own
     * message.
     */
    public String query(String source, String sparql, String mediaType, Duration timeout) {
        Path out = null;
        Path err = null;
        Process p = null;
        try {
            out = Files.createTempFile("comunica", ".out");
            err = Files.createTempFile("comunica", ".err");
            p = new ProcessBuilder(List.of(binary.toString(), source, "-q", sparql, "-t", mediaType))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("Comunica took longer than " + timeout.toSeconds() + " s and was stopped");
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0)
                throw new AssertionError("Comunica failed (exit " + p.exitValue() + "): " + Files.readString(err, StandardCharsets.UTF_8).strip());
            return stdout;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (p != null)
                p.destroyForcibly();
            throw new IllegalStateException(e);
        } finally {
            try {
                if (out != null)
                    Files.deleteIfExists(out);
                if (err != null)
                    Files.deleteIfExists(err);
            } catch (IOException ignored) {
                // Temporary files of a finished process: the system cleans its temp folder.
            }
        }
    }
}
