package no.eukg.cli;

import java.io.PrintWriter;
import java.util.Objects;

/** A one-line progress bar on the terminal: {@code [#####     ] 52% 52000/100000 quads}. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final long total;
    private final long started = System.nanoTime();

    ProgressBar(PrintWriter out, long total) {
        this.out = Objects.requireNonNull(out, "out");
        this.total = Math.max(total, 1);
    }

    void update(long done) {
        int filled = (int) (WIDTH * Math.min(done, total) / total);
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        out.printf("\r[%s%s] %3d%% %d/%d quads, %.0f/s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                100 * Math.min(done, total) / total, done, total, done / seconds);
        out.flush();
    }

    void done() {
        out.println();
    }
}
