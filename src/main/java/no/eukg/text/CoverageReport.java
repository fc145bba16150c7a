package no.eukg.text;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What {@link Coverage} found missing between the facts and the source sentences.
 *
 * @param sentencesWithoutFact sentences that no fact cites, in document order
 * @param factsWithoutSentence facts with no citation or citing something that is not a sentence, by IRI
 * @param mentionsWithoutFact entity mentions that no fact citing their sentence accounts for, in
 *     document order then by entity IRI
 */
public record CoverageReport(
        List<SentenceWithoutFact> sentencesWithoutFact,
        List<FactWithoutSentence> factsWithoutSentence,
        List<MentionWithoutFact> mentionsWithoutFact) {

    /** Copies the lists. */
    public CoverageReport {
        sentencesWithoutFact = List.copyOf(sentencesWithoutFact);
        factsWithoutSentence = List.copyOf(factsWithoutSentence);
        mentionsWithoutFact = List.copyOf(mentionsWithoutFact);
    }

    /** @return true if all three lists are empty */
    public boolean isClean() {
        return sentencesWithoutFact.isEmpty() && factsWithoutSentence.isEmpty() && mentionsWithoutFact.isEmpty();
    }

    /** @return the message of every entry, sentences first, then facts, then mentions */
    public List<String> messages() {
        return Stream.of(
                        sentencesWithoutFact.stream().map(SentenceWithoutFact::message),
                        factsWithoutSentence.stream().map(FactWithoutSentence::message),
                        mentionsWithoutFact.stream().map(MentionWithoutFact::message))
                .flatMap(s -> s)
                .toList();
    }

    /**
     * A sentence no fact cites.
     *
     * @param sentence the sentence IRI
     * @param text the sentence's {@code nif:anchorOf}, empty if it has none
     */
    public record SentenceWithoutFact(String sentence, String text) {

        /** Checks for nulls. */
        public SentenceWithoutFact {
            Objects.requireNonNull(sentence, "sentence");
            Objects.requireNonNull(text, "text");
        }

        /** @return a message naming the sentence and quoting it */
        public String message() {
            return "Sentence <" + sentence + "> is cited by no fact: \"" + text + "\"";
        }
    }

    /**
     * A fact that cites no sentence of the dataset.
     *
     * @param fact the fact (graph) IRI
     * @param badCitations what the fact cites that is not a {@code nif:Sentence}; empty if it has no
     *     {@code prov:wasDerivedFrom} at all
     */
    public record FactWithoutSentence(String fact, List<String> badCitations) {

        /** Copies the list. */
        public FactWithoutSentence {
            Objects.requireNonNull(fact, "fact");
            badCitations = List.copyOf(badCitations);
        }

        /** @return a message naming the fact and what it wrongly cites */
        public String message() {
            if (badCitations.isEmpty()) {
                return "Fact <" + fact + "> has no prov:wasDerivedFrom";
            }
            return "Fact <" + fact + "> cites "
                    + badCitations.stream().map(c -> "<" + c + ">").collect(Collectors.joining(", "))
                    + ", not a nif:Sentence in the dataset";
        }
    }

    /**
     * An entity mentioned in a sentence that no fact citing the sentence has as subject or object.
     *
     * @param sentence the sentence IRI
     * @param entity the entity IRI
     * @param text the sentence's {@code nif:anchorOf}, empty if it has none
     * @param surfaceForms the anchors of the entity's mentions in the sentence, sorted
     */
    public record MentionWithoutFact(String sentence, String entity, String text, List<String> surfaceForms) {

        /** Copies the list. */
        public MentionWithoutFact {
            Objects.requireNonNull(sentence, "sentence");
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(text, "text");
            surfaceForms = List.copyOf(surfaceForms);
        }

        /** @return a message naming the sentence and entity, quoting the mention and the sentence */
        public String message() {
            String as = surfaceForms.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", "));
            return "Sentence <" + sentence + "> mentions <" + entity + ">"
                    + (as.isEmpty() ? "" : " as " + as)
                    + " but no fact citing the sentence has it as subject or object: \"" + text + "\"";
        }
    }
}
