package no.eukg.text;

import java.util.Objects;

/**
 * An occurrence of an entity's surface form in a sentence.
 *
 * @param sentence number of the sentence that contains the mention
 * @param index 1-based position of the mention within its sentence, by begin offset
 * @param begin offset of the first character in the whole text
 * @param end offset just after the last character in the whole text
 * @param anchor the exact text matched, equal to {@code text.substring(begin, end)}
 * @param entity IRI of the entity mentioned
 */
public record Mention(int sentence, int index, int begin, int end, String anchor, String entity) {

    /** Checks that the offsets are consistent with the anchor. */
    public Mention {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(entity, "entity");
        if (begin < 0 || end - begin != anchor.length()) {
            throw new IllegalArgumentException(
                    "offsets " + begin + "," + end + " do not fit anchor of length " + anchor.length());
        }
    }
}
