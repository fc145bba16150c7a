package no.eukg.validate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each IRI first appears as a subject or a graph name in the project's RDF files, recorded
 * while RDF4J Rio parses them (its {@code ParseLocationListener} gives the line of each statement).
 *
 * <p>Rio reports the line a statement ends on and no column, so the column is found by looking
 * for the IRI's local name on that line or, when the statement spans lines, a few lines above.
 */
final class FileLocations {
    private static final int LOOK_BACK = 5;

    private record Seen(Path file, long line) { }

    private final Map<String, Seen> first = new HashMap<>();
    private final Map<Path, List<String>> lines = new HashMap<>();

    /** Keeps the text of a file, to find columns in. */
    void addFile(Path file, List<String> text) {
        lines.put(file, List.copyOf(text));
    }

    /** Notes that {@code iri} was seen at {@code line} of {@code file}, unless it was seen before. */
    void record(Path file, long line, String iri) {
        if (line >= 1)
            first.putIfAbsent(iri, new Seen(file, line));
    }

    /** Where {@code iri} first appears, if it was seen at all. */
    Optional<Location> find(String iri) {
        Seen seen = first.get(iri);
        if (seen == null)
            return Optional.empty();
        List<String> text = lines.getOrDefault(seen.file(), List.of());
        if (seen.line() > text.size())
            return Optional.of(new Location(seen.file(), seen.line(), -1));
        String local = localName(iri);
        for (long line = seen.line(); line >= Math.max(1, seen.line() - LOOK_BACK); line--) {
            int col = tokenStart(text.get((int) line - 1), local);
            if (col >= 0)
                return Optional.of(new Location(seen.file(), line, col + 1));
        }
        return Optional.of(new Location(seen.file(), seen.line(), firstNonBlank(text.get((int) seen.line() - 1)) + 1));
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** Where the term ending in {@code local} starts on {@code line} ({@code :norway}, {@code <id/norway>}), or -1. */
    private static int tokenStart(String line, String local) {
        int from = 0;
        while (true) {
            int i = line.indexOf(local, from);
            if (i < 0)
                return -1;
            int end = i + local.length();
            boolean startsRight = i == 0 || ":/#<".indexOf(line.charAt(i - 1)) >= 0;
            boolean endsRight = end == line.length() || !isNameChar(line.charAt(end));
            if (startsRight && endsRight) {
                int start = i;
                while (start > 0 && !Character.isWhitespace(line.charAt(start - 1)) && "([{,;".indexOf(line.charAt(start - 1)) < 0)
                    start--;
                return start;
            }
            from = i + 1;
        }
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    private static int firstNonBlank(String line) {
        for (int i = 0; i < line.length(); i++)
            if (!Character.isWhitespace(line.charAt(i)))
                return i;
        return 0;
    }
}
