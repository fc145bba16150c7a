package no.eukg.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.eukg.cli.Main;
import no.eukg.testing.SmallDisk;
import no.eukg.testing.JarProcess;

/** Faults during {@code load}: kills at random points and a full disk never lose or half-write data. */
class LoadFaultsIT {
    private static final int QUADS = 150_000;

    @Test
    void twenty_kills_at_random_points_each_leave_the_old_or_the_new_graph_complete(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        Path first = Files.writeString(tmp.resolve("first.nt"), "<http://example.org/first> <http://example.org/p> \"1\" .\n");
        Path big = tmp.resolve("big.nt");
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            for (int i = 0; i < QUADS; i++)
                w.write("<http://example.org/s" + i + "> <http://example.org/p> \"" + i + "\" .\n");
        }
        assertEquals(0, Main.commandLine().execute("load", "--store", "tdb2:" + db, first.toString()));
        release(db);
        String old = checksumOfFiles(first);
        String updated = checksumOfFiles(first, big);

        long seed = System.nanoTime();
        Random random = new Random(seed);
        int sawOld = 0;
        int sawNew = 0;
        for (int round = 0; round < 20; round++) {
            long delay = 300 + random.nextInt(3500);
            try (JarProcess load = JarProcess.start(JarProcess.publisherJar(), tmp, "load", "--store", "tdb2:" + db, big.toString())) {
                Thread.sleep(delay);
                ProcessHandle.of(load.pid()).ifPresent(ProcessHandle::destroyForcibly);
                load.waitFor(Duration.ofSeconds(30));
            }
            String now = checksumOfStore(db);
            assertTrue(now.equals(old) || now.equals(updated),
                    "round " + round + " (kill after " + delay + " ms, seed " + seed + "): the store holds neither the old nor the new graph");
            if (now.equals(old)) sawOld++; else sawNew++;
        }
        // Kills that land after the commit are fine too; but at least one must have hit a load in flight.
        assertTrue(sawOld > 0, "no kill interrupted a load (seed " + seed + ")");
    }

    @Test
    void a_full_disk_fails_the_load_clearly_and_leaves_the_store_unchanged(@TempDir Path tmp) throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp)) {
            Path db = disk.dir().resolve("db");
            Path first = Files.writeString(tmp.resolve("first.nt"), "<http://example.org/first> <http://example.org/p> \"1\" .\n");
            assertEquals(0, Main.commandLine().execute("load", "--store", "tdb2:" + db, first.toString()));
            String before = checksumOfStore(db);
            Path big = SmallDisk.tooBigFor(tmp.resolve("big.nt"));
            StringWriter err = new StringWriter();
            var cmd = Main.commandLine();
            cmd.setErr(new PrintWriter(err, true));
            int code = cmd.execute("load", "--store", "tdb2:" + db, big.toString());
            release(db);
            assertEquals(1, code, err.toString());
            String message = err.toString().substring(err.toString().lastIndexOf('\r') + 1);
            assertTrue(message.toLowerCase().contains("no space left"), "the message names the cause: " + message);
            assertEquals(before, checksumOfStore(db), "a failed load changed the store");
        }
    }

    /** SHA-256 of the sorted N-Quads of a TDB2 store, read in this JVM and then let go. */
    private static String checksumOfStore(Path db) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        try {
            StringWriter out = new StringWriter();
            Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, RDFFormat.NQUADS));
            return sortedDigest(out.toString());
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static String checksumOfFiles(Path... files) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path f : files)
            all.append(Files.readString(f));
        return sortedDigest(all.toString());
    }

    private static String sortedDigest(String nquads) {
        List<String> lines = new ArrayList<>(nquads.lines().filter(l -> !l.isBlank()).map(String::strip).toList());
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String l : lines)
                sha.update((l + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void release(Path db) {
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
    }
}
