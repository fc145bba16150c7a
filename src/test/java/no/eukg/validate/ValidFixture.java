package no.eukg.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine;

import no.eukg.cli.Main;

/**
 * The small valid project under src/test/resources/validate/valid, copied where a test may break
 * it, and the command line run over it with its output captured.
 */
public final class ValidFixture {
    public static final Path VALID = Path.of("src/test/resources/validate/valid");

    private ValidFixture() { }

    /** What a command printed and returned. */
    public record Run(int exit, String out, String err) {
        /** The lines of stdout and stderr together. */
        public List<String> lines() {
            return (out + err).lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /** Copies the valid project into {@code to} and returns {@code to}. */
    public static Path copy(Path to) throws IOException {
        return no.eukg.testing.Trees.copy(VALID, to);
    }

    /** Runs the command line in this JVM. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Replaces the one occurrence of {@code from} in the file, failing if it is not there. */
    public static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from))
            fail(file + " does not contain " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** The 1-based line of the first line of the file that contains {@code text}. */
    public static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++)
            if (lines.get(i).contains(text))
                return i + 1;
        throw new AssertionError(file + " has no line containing " + text);
    }

    /**
     * Asserts one printed line reports a problem of the given severity at that file and line,
     * with every fragment in its message.
     */
    public static String assertReported(Run run, Path file, int line, String severity, String... fragments) {
        String prefix = file.normalize() + ":" + line + ":";
        for (String l : run.lines()) {
            if (l.startsWith(prefix) && l.matches("[^ ]*:\\d+:\\d+: " + severity + ": .*")
                    && java.util.Arrays.stream(fragments).allMatch(l::contains))
                return l;
        }
        fail("no " + severity + " at " + prefix + " mentioning " + List.of(fragments) + " in\n" + run);
        return null;
    }

    /** Asserts nothing was reported as an error. */
    public static void assertNoErrors(Run run) {
        assertTrue(run.lines().stream().noneMatch(l -> l.contains(": error: ")), run.toString());
    }
}
