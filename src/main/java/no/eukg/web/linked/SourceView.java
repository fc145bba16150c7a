package no.eukg.web.linked;

import no.eukg.web.Templates;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@code source} template shows (built by {@link SourcePage}): the source text in order,
 * as blocks of page chrome and sentences.
 *
 * @param page the original web page, if known
 * @param context the page of the text's {@code nif:Context}
 */
record SourceView(String title, String lang, Optional<String> page, String context, int sentenceCount, int mentionCount,
        List<Block> blocks) implements Templates.Localized {
    SourceView {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(context, "context");
        blocks = List.copyOf(blocks);
    }

    /** The page's heading is its title. */
    String heading() { return title; }

    /**
     * A run of the text: either outside any sentence (page chrome, muted) or one sentence. The
     * template tests each by name, so a block has both and exactly one is present.
     */
    record Block(Optional<Outside> outside, Optional<SentenceText> sentence) {
        Block {
            if (outside.isPresent() == sentence.isPresent())
                throw new IllegalArgumentException("a block is either outside the sentences or one sentence");
        }

        static Block ofOutside(String text) { return new Block(Optional.of(new Outside(text)), Optional.empty()); }

        static Block ofSentence(SentenceText sentence) { return new Block(Optional.empty(), Optional.of(sentence)); }
    }

    /** Text outside any sentence. */
    record Outside(String text) {
        Outside {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A sentence, at the anchor of its id.
     *
     * @param id e.g. {@code s2}
     * @param page the sentence's resource page
     * @param factsLabel e.g. {@code 2 facts}; empty when none was taken from it
     */
    record SentenceText(String id, String page, List<Part> parts, Optional<String> factsLabel) {
        SentenceText {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(factsLabel, "factsLabel");
            parts = List.copyOf(parts);
        }
    }

    /**
     * A run of a sentence: plain text, or an entity's mention linked to the entity.
     *
     * @param entityLabel the entity's label, as a tooltip
     */
    record Part(String text, Optional<String> entityHref, Optional<String> entityLabel) {
        Part {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(entityHref, "entityHref");
            Objects.requireNonNull(entityLabel, "entityLabel");
        }

        static Part plain(String text) { return new Part(text, Optional.empty(), Optional.empty()); }

        static Part mention(String text, String entityHref, String entityLabel) {
            return new Part(text, Optional.of(entityHref), Optional.of(entityLabel));
        }
    }
}
