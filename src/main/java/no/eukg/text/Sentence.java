package no.eukg.text;

import java.util.Objects;

/**
 * One sentence of a {@link SourceText}.
 *
 * @param number 1-based position of the sentence in document order
 * @param begin offset of the first character in the whole text
 * @param end offset just after the last character in the whole text
 * @param anchor the sentence text, equal to {@code text.substring(begin, end)}
 */
public record Sentence(int number, int begin, int end, String anchor) {

    /** Checks that the offsets are consistent with the anchor. */
    public Sentence {
        Objects.requireNonNull(anchor, "anchor");
        if (number < 1) {
            throw new IllegalArgumentException("sentence number must be >= 1: " + number);
        }
        if (begin < 0 || end - begin != anchor.length()) {
            throw new IllegalArgumentException(
                    "offsets " + begin + "," + end + " do not fit anchor of length " + anchor.length());
        }
    }
}
