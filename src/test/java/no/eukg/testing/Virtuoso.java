package no.eukg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's OpenLink Virtuoso ({@code virtuoso-opensource}) as a test's SPARQL store: a database of
 * its own in the test's folder, on ports of its own, in the foreground so its PID is the test's to
 * stop, freeze and restart. Its settings are Debian's defaults where they matter to the publisher
 * (10 HTTP threads; a row cap, {@code ResultSetMaxRows}, that a test can lower to below the
 * graph's size).
 */
public final class Virtuoso implements AutoCloseable {
    private static final Path EXE = Path.of("/usr/bin/virtuoso-t");
    private static final Path ISQL = Path.of("/usr/bin/isql-vt");
    private static final Duration START = Duration.ofSeconds(90);
    private final Path dir;
    private final int sqlPort;
    private final int httpPort;
    private Process process;

    private Virtuoso(Path dir, int sqlPort, int httpPort) {
        this.dir = dir;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
    }

    /**
     * A fresh Virtuoso in {@code dir}, up and answering SPARQL.
     *
     * @param maxRows its {@code ResultSetMaxRows} (Debian's is 10,000)
     */
    public static Virtuoso start(Path dir, int maxRows) {
        if (!Files.isExecutable(EXE) || !Files.isExecutable(ISQL))
            throw new IllegalStateException(EXE + " or " + ISQL + " is missing (apt-get install virtuoso-opensource)");
        try {
            Files.createDirectories(dir);
            Virtuoso v = new Virtuoso(dir.toAbsolutePath(), JarProcess.unusedPort(), JarProcess.unusedPort());
            Files.writeString(v.dir.resolve("virtuoso.ini"), v.ini(maxRows));
            v.start();
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Virtuoso holding what {@code local} serves, loaded as the README says: its full N-Quads
     * dump with the bulk loader, the default graph into the namespace's {@code <id/graph/default>}.
     */
    public static Virtuoso holding(TestServer local, Path dir, int maxRows, no.eukg.graph.Namespace ns) {
        try {
            Path dump = dir.resolve("dataset.nq");
            Files.write(dump, Http.getBytes(local.url("/dumps/dataset.nq")).body());
            Virtuoso v = start(dir.resolve("virtuoso"), maxRows);
            v.load(dump, ns.defaultGraph());
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its SPARQL endpoint. */
    public String endpoint() { return "http://127.0.0.1:" + httpPort + "/sparql"; }

    /**
     * Loads an RDF file as a user does, with Virtuoso's bulk loader: the file's default-graph
     * triples go into {@code graph}, its named graphs stay theirs.
     */
    public void load(Path file, String graph) {
        try {
            Path copy = dir.resolve("load").resolve(file.getFileName());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            isql("ld_dir('" + copy.getParent() + "', '" + copy.getFileName() + "', '" + graph + "');",
                    "rdf_loader_run();", "checkpoint;");
            // isql ends a result with "N Rows.": no file with an error, and none left unloaded.
            String failed = isql("select ll_file, ll_error from DB.DBA.load_list where ll_error is not null or ll_state <> 2;");
            if (!failed.contains("\n0 Rows."))
                throw new AssertionError("Virtuoso did not load " + file + ":\n" + failed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs SQL statements with Virtuoso's own client; its output. */
    public String isql(String... statements) {
        try {
            Process p = new ProcessBuilder(ISQL.toString(), "127.0.0.1:" + sqlPort, "dba", "dba",
                    "exec=" + String.join(" ", statements)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0 || out.contains("*** Error"))
                throw new AssertionError("isql failed on " + List.of(statements) + ":\n" + out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server (by its PID), as a crash or a maintenance stop does; {@link #restart} brings it back on the same ports. */
    public void stop() {
        if (process == null)
            return;
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Starts it again, on the same database and ports. */
    public void restart() {
        stop();
        start();
    }

    /** Freezes it (SIGSTOP): it holds its connections and answers nothing, as a store stuck on a query does. */
    public void freeze() { signal("STOP"); }

    /** Thaws a frozen server (SIGCONT). */
    public void thaw() { signal("CONT"); }

    @Override
    public void close() {
        if (process != null)
            signal("CONT");
        stop();
    }

    private void start() {
        try {
            process = new ProcessBuilder(EXE.toString(), "+configfile", dir.resolve("virtuoso.ini").toString(), "+foreground")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("out.log").toFile()))
                    .directory(dir.toFile()).start();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest ask = HttpRequest.newBuilder(URI.create(endpoint() + "?query=ASK%7B%7D")).timeout(Duration.ofSeconds(5)).build();
            Eventually.until(START, () -> {
                if (!process.isAlive())
                    throw new AssertionError("Virtuoso exited:\n" + log());
                try {
                    return client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException notYet) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }, "Virtuoso to answer SPARQL on port " + httpPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signal(String name) {
        if (process == null)
            return;
        try {
            new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("out.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private String ini(int maxRows) {
        return String.join("\n",
                "[Database]",
                "DatabaseFile = " + dir.resolve("virtuoso.db"),
                "ErrorLogFile = " + dir.resolve("virtuoso.log"),
                "LockFile = " + dir.resolve("virtuoso.lck"),
                "TransactionFile = " + dir.resolve("virtuoso.trx"),
                "xa_persistent_file = " + dir.resolve("virtuoso.pxa"),
                "ErrorLogLevel = 7",
                "FileExtend = 200",
                "Striping = 0",
                "TempStorage = TempDatabase",
                "[TempDatabase]",
                "DatabaseFile = " + dir.resolve("virtuoso-temp.db"),
                "TransactionFile = " + dir.resolve("virtuoso-temp.trx"),
                "[Parameters]",
                "ServerPort = " + sqlPort,
                "DisableUnixSocket = 1",
                "MaxClientConnections = 10",
                "CheckpointInterval = 60",
                "CaseMode = 2",
                "DirsAllowed = ., " + dir.resolve("load"),
                "NumberOfBuffers = 10000",
                "MaxDirtyBuffers = 6000",
                "[HTTPServer]",
                "ServerPort = " + httpPort,
                "ServerRoot = " + dir,
                "MaxClientConnections = 10",
                "ServerThreads = 10",
                "Charset = UTF-8",
                "[SPARQL]",
                "ResultSetMaxRows = " + maxRows,
                "MaxQueryExecutionTime = 60",
                "");
    }
}
