package no.eukg.cli;

import java.io.PrintWriter;
import java.util.Objects;

import no.eukg.graph.Tdb2Stores;

/**
 * A one-line progress report on the terminal, redrawn at most a few times a second:
 * {@code [#####     ]  52% 52000/100000 quads, 41000 quads/s} when the total is known, else
 * {@code 52000 quads read, 41000 quads/s, 2 s}, followed by what the loader is doing once it has
 * read everything (building indexes can take as long as reading). Into a pipe or a log file,
 * where a carriage return draws nothing, it writes a plain line instead, at most every few
 * seconds and at each step.
 */
final class ProgressBar implements Tdb2Stores.Progress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 250_000_000L;
    /** How often a plain line is written when the output is not a terminal. */
    private static final long LINE_NANOS = 5_000_000_000L;
    private static final int MAX_STEP = 60;
    private final PrintWriter out;
    private final boolean terminal;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private String step = "";
    private long drawnAt;
    private boolean drawn;
    private int drawnWidth;

    /**
     * @param terminal whether {@code out} is a terminal, which redraws one line in place
     * @param total    the number of quads to expect, or 0 or less when unknown (streamed files)
     */
    ProgressBar(PrintWriter out, boolean terminal, long total) {
        this.out = Objects.requireNonNull(out, "out");
        this.terminal = terminal;
        this.total = total;
    }

    @Override
    public synchronized void read(long statements) {
        done = statements;
        redraw(false);
    }

    @Override
    public synchronized void step(String message) {
        String m = message.strip().replaceAll("\\s+", " ");
        step = m.length() > MAX_STEP ? m.substring(0, MAX_STEP - 3) + "..." : m;
        redraw(true);
    }

    /** Draws the final state and ends the line. */
    synchronized void done() {
        step = "";
        redraw(true);
        if (terminal)
            out.println();
        out.flush();
    }

    private void redraw(boolean force) {
        long now = System.nanoTime();
        if (!force && drawn && now - drawnAt < (terminal ? REDRAW_NANOS : LINE_NANOS))
            return;
        drawn = true;
        drawnAt = now;
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        String line;
        if (total > 0) {
            long shown = Math.min(done, total);
            int filled = (int) (WIDTH * shown / total);
            line = String.format("[%s%s] %3d%% %d/%d quads, %.0f quads/s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                    100 * shown / total, done, total, done / seconds);
        } else {
            line = String.format("%d quads read, %.0f quads/s, %.0f s", done, done / seconds, seconds);
        }
        if (!step.isEmpty())
            line += " | " + step;
        if (!terminal) {
            out.println(line);
            out.flush();
            return;
        }
        // Blank out the rest of a longer previous line.
        String pad = " ".repeat(Math.max(0, drawnWidth - line.length()));
        drawnWidth = line.length();
        out.print("\r" + line + pad);
        out.flush();
    }
}
