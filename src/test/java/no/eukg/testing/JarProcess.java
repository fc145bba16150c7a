package no.eukg.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM running a jar ({@code java -jar}), with its output collected: the packaged publisher,
 * or a bare Fuseki to compare with or to use as a remote store.
 */
public final class JarProcess implements AutoCloseable {
    /** What {@code serve} logs once it listens: its base, then the address it is bound to. */
    public static final Pattern SERVING = Pattern.compile("serving (\\S+) on http://127\\.0\\.0\\.1:(\\d+)/");
    /** How often a bare Fuseki is started again when the port chosen for it was taken meanwhile. */
    private static final int FUSEKI_ATTEMPTS = 3;

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread pump;

    private JarProcess(Process process) {
        this.process = process;
        this.pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; )
                    lines.add(line);
            } catch (IOException e) {
                lines.add("(output lost: " + e + ")");
            }
        }, "jar-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** The publisher's jar, built by {@code mvn package} before the integration tests. */
    public static Path publisherJar() {
        return existing(System.getProperty("eukg.jar", "target/norway-eu-kg.jar"));
    }

    /** Apache Jena's unmodified Fuseki server jar, copied from Maven Central by the build. */
    public static Path fusekiJar() {
        return existing(System.getProperty("fuseki.jar", "target/fuseki/jena-fuseki-server.jar"));
    }

    /**
     * The packaged publisher's {@code serve} on port 0 in {@code workDir}, with more options:
     * it binds a port of the system's choosing, which {@link #awaitServing} reads from its log.
     */
    public static JarProcess serve(Path workDir, String... options) {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
        args.addAll(List.of(options));
        return start(publisherJar(), workDir, args.toArray(String[]::new));
    }

    /** The SPARQL endpoint of a bare Fuseki on {@code port}. */
    public static String fusekiEndpoint(int port) {
        return "http://localhost:" + port + "/ds/sparql";
    }

    /**
     * An unmodified Jena Fuseki serving {@code data} (any RDF file) as {@code /ds}, started and
     * answering its ping.
     *
     * <p>Its port is chosen here, not by {@code --port=0}: the distribution binds port 0 well, but
     * never says which port it got (its start line does not reach its output), so there would be
     * no way to find it. A port chosen here can be taken by another process before Fuseki binds
     * it; Fuseki then exits saying so, and is started again on another port.
     */
    public static BareFuseki bareFuseki(Path workDir, Path data) {
        for (int attempt = 1; ; attempt++) {
            int port = unusedPort();
            JarProcess fuseki = start(fusekiJar(), workDir, "--port=" + port, "--file=" + data, "/ds");
            if (fuseki.answers("http://localhost:" + port + "/$/ping", Duration.ofSeconds(60)))
                return new BareFuseki(fuseki, port);
            fuseki.close();
            if (attempt == FUSEKI_ATTEMPTS || !fuseki.output().contains("java.net.BindException"))
                throw new AssertionError("bare Fuseki did not start on port " + port + ":\n" + fuseki.output());
        }
    }

    /** As {@link #bareFuseki(Path, Path)}, serving a dataset written to {@code workDir} as N-Quads. */
    public static BareFuseki bareFuseki(Path workDir, org.apache.jena.sparql.core.DatasetGraph data) {
        Path dump = workDir.resolve("graph.nq");
        try (var out = Files.newOutputStream(dump)) {
            org.apache.jena.riot.RDFDataMgr.write(out, data, org.apache.jena.riot.RDFFormat.NQUADS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bareFuseki(workDir, dump);
    }

    public static JarProcess start(Path jar, Path workDir, String... args) {
        return start(jar, workDir, java.util.Map.of(), args);
    }

    /** As {@link #start(Path, Path, String...)}, with these environment variables set (e.g. {@code XDG_CACHE_HOME}). */
    public static JarProcess start(Path jar, Path workDir, java.util.Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx512m", "-jar", jar.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            return new JarProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the process to end and returns its exit code, once all it wrote has been read. */
    public int waitFor(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        if (!process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS))
            throw new AssertionError("still running after " + max + ":\n" + output());
        // The pump reads to the end of the output, which comes once the process has exited.
        pump.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        return process.exitValue();
    }

    /** Waits until a line matches, returning the match; fails with the output so far. */
    public Matcher awaitLine(Pattern pattern, Duration max) {
        AtomicInteger seen = new AtomicInteger();
        return Eventually.get(max, () -> {
            // Whether the output had ended is read before the lines, so that no last line is missed.
            boolean ended = !pump.isAlive();
            for (; seen.get() < lines.size(); seen.incrementAndGet()) {
                Matcher m = pattern.matcher(lines.get(seen.get()));
                if (m.find())
                    return Optional.of(m);
            }
            if (ended)
                throw new AssertionError("the output ended (" + state() + ") before a line matching " + pattern + ":\n" + output());
            return Optional.empty();
        }, () -> "a line matching " + pattern + ":\n" + output());
    }

    /** Waits until {@code serve} says where it listens (see {@link #serve}). */
    public Serving awaitServing(Duration max) {
        Matcher m = awaitLine(SERVING, max);
        return new Serving(m.group(1), Integer.parseInt(m.group(2)));
    }

    /** Where a {@link #serve} process is: its base, and the port it is bound to. */
    public record Serving(String base, int port) {
        /** The address of a path on the port it is bound to, whatever the base. */
        public String local(String path) {
            return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
        }
    }

    /** Waits until {@code url} answers 200, the way a load balancer's health check would. */
    public void awaitHttp(String url, Duration max) {
        if (!answers(url, max))
            throw new AssertionError("exited with " + process.exitValue() + " before " + url + " answered:\n" + output());
    }

    /** True once {@code url} answers 200, false if the process exits first; fails after {@code max}. */
    private boolean answers(String url, Duration max) {
        return Eventually.get(max, () -> {
            if (!process.isAlive())
                return Optional.of(false);
            try {
                return Http.get(url).statusCode() == 200 ? Optional.of(true) : Optional.empty();
            } catch (UncheckedIOException notYet) {
                return Optional.empty(); // not listening yet
            }
        }, () -> url + " to answer 200:\n" + output());
    }

    public String output() { return String.join("\n", lines); }

    public boolean isAlive() { return process.isAlive(); }

    public long pid() { return process.pid(); }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS))
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String state() {
        return process.isAlive() ? "still running" : "exit code " + process.exitValue();
    }

    /**
     * A port nothing listens on now, for the programs that cannot bind port 0 and say which port
     * they got (a bare Fuseki, see {@link #bareFuseki}; nginx): everything else binds port 0 itself.
     */
    static int unusedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path existing(String path) {
        Path p = Path.of(path);
        if (!Files.isRegularFile(p))
            throw new IllegalStateException(p + " is missing: run the integration tests with `mvn verify`, which builds it");
        return p;
    }
}
