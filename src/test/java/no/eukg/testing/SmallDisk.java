package no.eukg.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A 4 MiB tmpfs, for the tests of a disk that fills up during a load. Mounting needs root, which
 * CI has ({@code .ci/run} runs as root); elsewhere the test is skipped, saying why.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path dir;

    private SmallDisk(Path dir) {
        this.dir = dir;
    }

    /** Mounts the disk at {@code parent/small}, or skips the test. */
    public static SmallDisk mount(Path parent) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(parent.resolve("small"));
        boolean mounted;
        try {
            mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", dir.toString())
                    .redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException noMount) {
            mounted = false;
        }
        assumeTrue(mounted, "needs root to mount a small tmpfs (CI runs .ci/run as root)");
        return new SmallDisk(dir);
    }

    public Path dir() { return dir; }

    /** N-Triples of about 15 MB, far more than the disk holds, written to {@code file}. */
    public static Path tooBigFor(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 150_000; i++)
                w.write("<http://example.org/s" + i + "> <http://example.org/long-predicate-name-to-fill-the-disk> \"value number " + i + "\" .\n");
        }
        return file;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", dir.toString()).inheritIO().start().waitFor();
    }
}
