package no.eukg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.eukg.testing.JarProcess;
import no.eukg.testing.TestServer;

/** {@code load --store tdb2:DIR}: validate first, then one transaction; failures leave the store as it was. */
class LoadCommandIT {

    private static int run(StringWriter err, String... args) {
        var cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private static long quads(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        return Txn.calculateRead(dsg, () -> dsg.stream().count());
    }

    @Test
    void the_project_graph_loads_and_a_bad_file_leaves_the_store_unchanged(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        StringWriter err = new StringWriter();
        int ok = run(err, "load", "--store", "tdb2:" + db, "--project", TestServer.tinyProject().toString());
        assertEquals(0, ok, err.toString());
        assertTrue(err.toString().contains("100%"), "progress bar reaches 100%: " + err);
        long before = quads(db);
        assertTrue(before > 10);

        Path good = tmp.resolve("good.nt");
        Files.writeString(good, "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, "<http://example.org/d> <http://example.org/e> <http://example.org/f> .\n<http://example.org/g> <http://example.org/h> 42 43 .\n");
        StringWriter err2 = new StringWriter();
        int failed = run(err2, "load", "--store", "tdb2:" + db, good.toString(), bad.toString());
        assertEquals(1, failed);
        assertTrue(Pattern.compile("bad\\.ttl:2:\\d+: ").matcher(err2.toString()).find(), err2.toString());
        assertEquals(before, quads(db), "a failed load changed the store");
    }

    @Test
    void a_loaded_tdb2_store_is_served_read_only(@TempDir Path tmp) {
        Path db = tmp.resolve("db");
        String base = "http://localhost:3030/";
        assertEquals(0, run(new StringWriter(), "load", "--store", "tdb2:" + db, "--base", base,
                "--project", TestServer.tinyProject().toString()));
        try (TestServer server = TestServer.over(no.eukg.graph.Tdb2Stores.open(db), Duration.ofSeconds(5))) {
            String ask = "ASK { <" + base + "id/norway> <http://www.w3.org/2000/01/rdf-schema#label> \"Norge\"@nb }";
            var r = no.eukg.testing.Http.get(server.url("/sparql?query=") + java.net.URLEncoder.encode(ask, java.nio.charset.StandardCharsets.UTF_8),
                    "Accept", "application/sparql-results+json");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("true"), r.body());
            var update = no.eukg.testing.Http.post(server.url("/sparql"), "application/sparql-update", "CLEAR ALL");
            assertTrue(update.statusCode() >= 400 && update.statusCode() < 500);
        }
        assertTrue(quads(db) > 10, "the store still holds the graph");
    }

    @Test
    void serving_a_missing_or_empty_store_directory_exits_1_with_a_clear_message(@TempDir Path tmp) throws Exception {
        StringWriter missing = new StringWriter();
        assertEquals(1, run(missing, "serve", "--port", "0", "--store", "tdb2:" + tmp.resolve("nowhere")));
        assertTrue(missing.toString().contains("the directory does not exist"), missing.toString());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        StringWriter none = new StringWriter();
        assertEquals(1, run(none, "serve", "--port", "0", "--store", "tdb2:" + empty));
        assertTrue(none.toString().contains("holds no Data-NNNN folder"), none.toString());
    }

    @Test
    void load_without_a_tdb2_store_is_bad_usage(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "load", "--store", "mem"));
        assertTrue(err.toString().contains("load needs --store tdb2:DIR"), err.toString());
    }

    @Test
    void a_kill_during_load_leaves_the_old_or_the_new_graph_complete(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        Path first = tmp.resolve("first.nt");
        Files.writeString(first, "<http://example.org/first> <http://example.org/p> \"1\" .\n");
        assertEquals(0, run(new StringWriter(), "load", "--store", "tdb2:" + db, first.toString()));
        DatabaseMgr.connectDatasetGraph(db.toString()).close();
        // Release this JVM's hold on the database so that the child process can take its lock.
        org.apache.jena.tdb2.sys.TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));

        Path big = tmp.resolve("big.nt");
        int n = 400_000;
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            for (int i = 0; i < n; i++)
                w.write("<http://example.org/s" + i + "> <http://example.org/p> \"" + i + "\" .\n");
        }
        try (JarProcess load = JarProcess.start(JarProcess.publisherJar(), tmp, "load", "--store", "tdb2:" + db, big.toString())) {
            // The first progress report comes once 10,000 quads are in the open transaction.
            load.awaitLine(Pattern.compile("\\d+/\\d+ quads"), Duration.ofSeconds(60));
            ProcessHandle.of(load.pid()).ifPresent(ProcessHandle::destroyForcibly);
            load.waitFor(Duration.ofSeconds(30));
        }
        long after = quads(db);
        assertTrue(after == 1 || after == 1 + n, "neither old (1) nor new (" + (1 + n) + ") graph: " + after + " quads");
    }
}
