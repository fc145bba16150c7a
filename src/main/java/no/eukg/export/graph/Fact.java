package no.eukg.export.graph;

import java.util.List;
import java.util.Objects;

/**
 * A fact (a named graph) as its description in the default graph tells it.
 *
 * @param iri        the named graph's IRI
 * @param sentences  IRIs it was derived from ({@code prov:wasDerivedFrom})
 * @param modalities IRIs of its {@code nkg:modality}
 * @param years      lexical forms of its {@code nkg:year}
 */
public record Fact(String iri, List<String> sentences, List<String> modalities, List<String> years) {
    public Fact {
        Objects.requireNonNull(iri, "iri");
        sentences = List.copyOf(sentences);
        modalities = List.copyOf(modalities);
        years = List.copyOf(years);
    }
}
