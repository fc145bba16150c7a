package no.eukg.query;

import java.util.Objects;

/**
 * A sentence of the source text that a fact was derived from ({@code prov:wasDerivedFrom}).
 *
 * @param iri  the sentence's IRI ({@code <namespace>id/source/sN}), whose path dereferences on the server
 * @param text its words ({@code nif:anchorOf}), or empty when the graph has no text for it
 */
public record SourceSentence(String iri, String text) {
    public SourceSentence {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(text, "text");
    }

    /** One line: the IRI, a space, the text; the form of the provenance cell in CSV, TSV and JSON. */
    public String line() { return text.isEmpty() ? iri : iri + " " + text; }
}
