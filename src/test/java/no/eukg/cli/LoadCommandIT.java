package no.eukg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.eukg.testing.SmallDisk;
import no.eukg.testing.JarProcess;
import no.eukg.testing.TestServer;

/**
 * {@code load --store tdb2:DIR}: one streaming pass, atomic either way: into a new or empty store a
 * fresh database swapped in when complete, into a store with data one transaction. Failures and
 * kills leave the store as it was.
 */
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
        assertFalse(err.toString().contains("\r"), "not a terminal: plain lines, no carriage returns: " + err);
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
        // load takes no base: the store holds the canonical IRIs, served here from another address.
        assertEquals(2, run(new StringWriter(), "load", "--store", "tdb2:" + db, "--base", "http://localhost:3030/"));
        assertEquals(0, run(new StringWriter(), "load", "--store", "tdb2:" + db,
                "--project", TestServer.tinyProject().toString()));
        try (TestServer server = TestServer.over(no.eukg.graph.Tdb2Stores.open(db), "https://kg.example.org/", Duration.ofSeconds(5))) {
            String ask = "ASK { <" + server.ns() + "id/norway> <http://www.w3.org/2000/01/rdf-schema#label> \"Norge\"@nb }";
            var r = no.eukg.testing.Http.get(server.localUrl("/sparql?query=") + java.net.URLEncoder.encode(ask, java.nio.charset.StandardCharsets.UTF_8),
                    "Accept", "application/sparql-results+json");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("true"), r.body());
            // Our own path families read TDB2 too (inside a read transaction of their own).
            for (String path : new String[] {"/sparql", "/page/norway", "/data/norway.ttl", "/api/queries", "/.well-known/void", "/graph.json"})
                assertEquals(200, no.eukg.testing.Http.get(server.localUrl(path)).statusCode(), path + " from TDB2");
            var update = no.eukg.testing.Http.post(server.localUrl("/sparql"), "application/sparql-update", "CLEAR ALL");
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
            load.awaitLine(Pattern.compile("[1-9]\\d* quads read"), Duration.ofSeconds(60));
            ProcessHandle.of(load.pid()).ifPresent(ProcessHandle::destroyForcibly);
            load.waitFor(Duration.ofSeconds(30));
        }
        long after = quads(db);
        assertTrue(after == 1 || after == 1 + n, "neither old (1) nor new (" + (1 + n) + ") graph: " + after + " quads");
    }
    private static Path write(Path file, String text) throws Exception {
        Files.writeString(file, text);
        return file;
    }

    private static final String TRIG = """
            @prefix : <http://example.org/> .
            :fact1 a :Fact .
            :fact1 { :norway :cooperatesOn :migration . }
            :fact2 { :eu :invites :norway ; :label "EU"@en . }
            """;

    private static List<Path> storageFolders(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void a_load_into_a_new_store_holds_what_the_files_say_and_copies_nothing_into_the_default_graph(@TempDir Path tmp) throws Exception {
        Path trig = write(tmp.resolve("facts.trig"), TRIG);
        Path nt = write(tmp.resolve("more.nt"), "<http://example.org/a> <http://example.org/b> \"c\" .\n");
        Path db = tmp.resolve("db");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "load", "--store", "tdb2:" + db, trig.toString(), nt.toString()), err.toString());

        DatasetGraph expected = new no.eukg.graph.GraphLoader(new no.eukg.graph.ProjectFiles(Path.of(".")).namespace()).load(List.of(trig, nt));
        DatasetGraph loaded = DatabaseMgr.connectDatasetGraph(db.toString());
        try {
            Txn.executeRead(loaded, () -> {
                assertTrue(loaded.getDefaultGraph().isIsomorphicWith(expected.getDefaultGraph()),
                        "default graph differs: " + loaded.getDefaultGraph());
                // A file's named graphs stay named: a dump carries its own default graph, and
                // copying would put facts stated as intentions there as bare triples.
                assertEquals(2, loaded.getDefaultGraph().size(), "1 description + 1 triple of more.nt, no fact triples");
                assertFalse(loaded.getDefaultGraph().contains(org.apache.jena.graph.NodeFactory.createURI("http://example.org/norway"),
                        org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY), "a named graph's triple was copied");
                List<org.apache.jena.graph.Node> names = new java.util.ArrayList<>();
                expected.listGraphNodes().forEachRemaining(names::add);
                assertEquals(2, names.size());
                for (var g : names)
                    assertTrue(loaded.getGraph(g).isIsomorphicWith(expected.getGraph(g)), "graph " + g + " differs");
            });
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(loaded);
        }
        assertEquals(List.of(db.resolve("Data-0001")), storageFolders(db), "one storage folder, no scratch left");
        assertTrue(err.toString().contains("built fresh as Data-0001"), err.toString());
        assertTrue(Pattern.compile("loaded 5 quads into .* quads/s").matcher(err.toString()).find(), err.toString());
        assertEquals(5, quads(db), "2 default-graph triples and 3 fact quads, as written");
        assertTrue(Pattern.compile("peak memory: RSS [1-9]\\d* MB").matcher(err.toString()).find(), err.toString());
    }

    @Test
    void a_bad_file_leaves_a_new_store_uncreated(@TempDir Path tmp) throws Exception {
        Path good = write(tmp.resolve("good.trig"), TRIG);
        Path bad = write(tmp.resolve("bad.nq"), "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n<http://example.org/a> <b> .\n");
        Path db = tmp.resolve("db");
        StringWriter err = new StringWriter();
        assertEquals(1, run(err, "load", "--store", "tdb2:" + db, good.toString(), bad.toString()));
        assertTrue(Pattern.compile("bad\\.nq:2:\\d+: ").matcher(err.toString()).find(), err.toString());
        assertFalse(Files.exists(db), "a failed load into a new store left " + db);
    }

    @Test
    void a_bad_file_leaves_an_empty_store_empty_and_nothing_else_behind(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        org.apache.jena.tdb2.sys.TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
        Path bad = write(tmp.resolve("bad.ttl"), "@prefix : <http://example.org/> .\n:a :b :c .\n:a :b .\n");
        StringWriter err = new StringWriter();
        assertEquals(1, run(err, "load", "--store", "tdb2:" + db, bad.toString()));
        assertTrue(Pattern.compile("bad\\.ttl:3:\\d+: ").matcher(err.toString()).find(), err.toString());
        assertEquals(List.of(db.resolve("Data-0001")), storageFolders(db));
        assertEquals(0, quads(db));

        Path good = write(tmp.resolve("good.ttl"), "@prefix : <http://example.org/> .\n:a :b :c .\n");
        StringWriter ok = new StringWriter();
        assertEquals(0, run(ok, "load", "--store", "tdb2:" + db, good.toString()), ok.toString());
        assertTrue(ok.toString().contains("built fresh as Data-0002"), ok.toString());
        assertEquals(List.of(db.resolve("Data-0002")), storageFolders(db), "the empty Data-0001 is replaced");
        assertEquals(1, quads(db));
    }

    @Test
    void a_load_into_a_store_with_data_adds_to_it_in_one_transaction(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        Path first = write(tmp.resolve("first.nt"), "<http://example.org/a> <http://example.org/p> \"1\" .\n");
        Path second = write(tmp.resolve("second.trig"), TRIG);
        assertEquals(0, run(new StringWriter(), "load", "--store", "tdb2:" + db, first.toString()));
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "load", "--store", "tdb2:" + db, second.toString()), err.toString());
        assertTrue(err.toString().contains("added to the data in Data-0001 in one transaction"), err.toString());
        assertEquals(1 + 1 + 3, quads(db), "first, the description and the 3 fact quads, with no default-graph copies");
    }

    @Test
    void a_missing_file_is_reported_before_anything_is_written(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        Path good = write(tmp.resolve("good.trig"), TRIG);
        StringWriter err = new StringWriter();
        assertEquals(1, run(err, "load", "--store", "tdb2:" + db, good.toString(), tmp.resolve("nothere.ttl").toString()));
        assertTrue(err.toString().contains("nothere.ttl: no such file"), err.toString());
        assertFalse(Files.exists(db));
    }

    @Test
    void a_kill_during_a_fresh_load_leaves_no_database_behind(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        Path big = tmp.resolve("big.nq");
        int n = 400_000;
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            for (int i = 0; i < n; i++)
                w.write("<http://example.org/s" + i + "> <http://example.org/p> \"" + i + "\" <http://example.org/g" + (i % 100) + "> .\n");
        }
        try (JarProcess load = JarProcess.start(JarProcess.publisherJar(), tmp, "load", "--store", "tdb2:" + db, big.toString())) {
            load.awaitLine(Pattern.compile("[1-9]\\d* quads read"), Duration.ofSeconds(60));
            ProcessHandle.of(load.pid()).ifPresent(ProcessHandle::destroyForcibly);
            load.waitFor(Duration.ofSeconds(30));
        }
        if (storageFolders(db).stream().anyMatch(p -> p.getFileName().toString().matches("Data-\\d+"))) {
            // The load finished before the kill: then it is complete.
            assertEquals(2L * n, quads(db));
        } else {
            StringWriter serve = new StringWriter();
            assertEquals(1, run(serve, "serve", "--port", "0", "--store", "tdb2:" + db));
            assertTrue(serve.toString().contains("holds no Data-NNNN folder"), serve.toString());
        }
        // The scratch folder left by the kill is no obstacle to the next load.
        Path small = write(tmp.resolve("small.nt"), "<http://example.org/a> <http://example.org/p> \"1\" .\n");
        StringWriter again = new StringWriter();
        assertEquals(0, run(again, "load", "--store", "tdb2:" + db, small.toString()), again.toString());
        assertTrue(quads(db) >= 1);
        assertTrue(storageFolders(db).stream().noneMatch(p -> p.getFileName().toString().endsWith("-tmp")), storageFolders(db).toString());
    }
    @Test
    @org.junit.jupiter.api.Timeout(120) // Jena's phased loader waits forever for a worker that died of the full disk
    void a_full_disk_during_a_fresh_load_fails_clearly_and_leaves_no_database(@TempDir Path tmp) throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp)) {
            Path big = SmallDisk.tooBigFor(tmp.resolve("big.nt"));
            Path db = disk.dir().resolve("db");
            StringWriter err = new StringWriter();
            assertEquals(1, run(err, "load", "--store", "tdb2:" + db, big.toString()), err.toString());
            assertTrue(err.toString().toLowerCase().contains("no space left"), "the message names the cause: " + err);
            assertFalse(Files.exists(db), "a failed load into a new store left " + db);
        }
    }
}
