package no.eukg.validate;

import java.nio.file.Path;
import java.util.Objects;

/** Turns character offsets in the source text (as NIF gives them) into lines and columns of its file. */
final class TextPositions {
    private final Path file;
    private final String text;

    TextPositions(Path file, String text) {
        this.file = Objects.requireNonNull(file, "file");
        this.text = Objects.requireNonNull(text, "text");
    }

    Location at(long offset) {
        if (offset < 0 || offset > text.length())
            return Location.of(file);
        int o = (int) offset;
        long line = 1;
        for (int i = 0; i < o; i++)
            if (text.charAt(i) == '\n')
                line++;
        int lineStart = text.lastIndexOf('\n', o - 1) + 1;
        return new Location(file, line, o - lineStart + 1);
    }
}
