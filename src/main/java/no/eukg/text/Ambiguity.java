package no.eukg.text;

import java.util.List;
import java.util.Objects;

/**
 * A span that matched surface forms of more than one entity; the mention was linked to
 * {@code chosen}, the lexicographically smallest candidate IRI.
 *
 * @param sentence number of the sentence that contains the span
 * @param begin offset of the first character in the whole text
 * @param end offset just after the last character in the whole text
 * @param anchor the exact text matched
 * @param chosen the entity the mention was linked to
 * @param candidates every entity whose forms matched the span, sorted
 */
public record Ambiguity(int sentence, int begin, int end, String anchor, String chosen, List<String> candidates) {

    /** Copies the candidate list. */
    public Ambiguity {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(chosen, "chosen");
        candidates = List.copyOf(candidates);
    }

    /** @return a sentence for a human describing the ambiguity and how it was resolved */
    public String message() {
        return "\"" + anchor + "\" at " + begin + "," + end + " in sentence " + sentence
                + " matches " + candidates.size() + " entities " + candidates + "; linked to <" + chosen + ">";
    }
}
