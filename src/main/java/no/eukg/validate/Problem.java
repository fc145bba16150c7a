package no.eukg.validate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing validation found, located in a file so that an editor or a CI log can jump to it.
 *
 * @param file     the file (or folder, for a problem of the whole project) it is in
 * @param line     1-based line, or -1 when unknown
 * @param column   1-based column, or -1 when unknown
 * @param severity whether it fails validation
 * @param message  what is wrong, on one line
 */
public record Problem(Path file, long line, long column, Severity severity, String message) {

    /** Checks for nulls and folds the message onto one line. */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        message = Objects.requireNonNull(message, "message").strip().replaceAll("\\s*\\R\\s*", " ");
    }

    public static Problem error(Path file, long line, long column, String message) {
        return new Problem(file, line, column, Severity.ERROR, message);
    }

    public static Problem warning(Path file, long line, long column, String message) {
        return new Problem(file, line, column, Severity.WARNING, message);
    }

    /** A problem of the whole file, or of a folder. */
    public static Problem error(Path file, String message) {
        return error(file, -1, -1, message);
    }

    /** A warning about a whole file, or a folder. */
    public static Problem warning(Path file, String message) {
        return warning(file, -1, -1, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The file as the user named it: {@code data/facts.trig} when run in the project folder. */
    public String fileName() {
        String name = file.normalize().toString();
        return name.isEmpty() ? "." : name;
    }

    /** {@code file:line:col: severity: message}, or {@code file: severity: message} when no line is known. */
    public String located() {
        String where = line < 1 ? fileName() : fileName() + ":" + line + ":" + Math.max(column, 1);
        return where + ": " + severity.word() + ": " + message;
    }

    @Override
    public String toString() {
        return located();
    }
}
