package no.eukg.graph;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A problem in one of the project's files, located as {@code file:line:col: message} so that
 * an editor or a CI log can jump to it. Line and column are 1-based; -1 when unknown.
 */
public final class GraphSourceException extends RuntimeException {
    private final Path file;
    private final long line;
    private final long column;

    public GraphSourceException(Path file, long line, long column, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
    }

    public Path file() { return file; }
    public long line() { return line; }
    public long column() { return column; }

    /** The problem as {@code file:line:col: message}, or {@code file: message} when no line is known. */
    public String located() {
        if (line < 1)
            return file + ": " + getMessage();
        return file + ":" + line + ":" + Math.max(column, 1) + ": " + getMessage();
    }
}
