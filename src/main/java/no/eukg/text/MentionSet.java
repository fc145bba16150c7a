package no.eukg.text;

import java.util.List;

/**
 * The mentions found in a text, with the spans whose entity had to be chosen among several.
 *
 * @param mentions ordered by sentence, then by position within the sentence
 * @param ambiguities ordered by begin offset
 */
public record MentionSet(List<Mention> mentions, List<Ambiguity> ambiguities) {

    /** Copies both lists. */
    public MentionSet {
        mentions = List.copyOf(mentions);
        ambiguities = List.copyOf(ambiguities);
    }
}
