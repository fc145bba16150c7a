package no.eukg.text;

import java.util.Objects;

/**
 * A stretch of the source text matched by a boilerplate pattern; it never becomes part of a sentence.
 *
 * @param begin offset of the first matched character
 * @param end offset just after the last matched character
 * @param pattern the source of the pattern that matched
 */
public record BoilerplateSpan(int begin, int end, String pattern) {

    /** Checks the offsets. */
    public BoilerplateSpan {
        Objects.requireNonNull(pattern, "pattern");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + "," + end);
        }
    }
}
