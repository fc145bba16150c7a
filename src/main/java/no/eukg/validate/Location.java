package no.eukg.validate;

import java.nio.file.Path;
import java.util.Objects;

/** A place in a file: 1-based line and column, -1 when unknown. */
record Location(Path file, long line, long column) {
    Location {
        Objects.requireNonNull(file, "file");
    }

    /** Somewhere in the file (or folder), with no line. */
    static Location of(Path file) {
        return new Location(file, -1, -1);
    }

    Problem error(String message) {
        return Problem.error(file, line, column, message);
    }

    Problem warning(String message) {
        return Problem.warning(file, line, column, message);
    }
}
