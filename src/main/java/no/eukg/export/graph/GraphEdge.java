package no.eukg.export.graph;

import java.util.List;
import java.util.Objects;

/**
 * An edge of the exported graph: one RDF triple between two nodes, with the provenance of the
 * facts (named graphs) that state it.
 *
 * @param id           a hash of the triple: the same for the same triple in every export (across
 *                     restarts too, unless an end is a blank node)
 * @param source       the subject node's id
 * @param target       the object node's id
 * @param predicate    the predicate IRI
 * @param label        the predicate's label in the chosen language, or its local name
 * @param modalities   labels of the facts' modalities (done, planned, ...)
 * @param modalityIris the modalities' IRIs
 * @param years        the facts' years
 * @param sentences    IRIs of the source sentences the facts were derived from
 * @param facts        IRIs of the fact named graphs that contain the triple
 * @param asserted     true when the triple is in the default graph (the text states it as the
 *                     case); false for a fact only its named graph holds (planned, sought, an aim)
 */
public record GraphEdge(String id, String source, String target, String predicate, String label,
                        List<String> modalities, List<String> modalityIris, List<String> years,
                        List<String> sentences, List<String> facts, boolean asserted) {
    public GraphEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(label, "label");
        modalities = List.copyOf(modalities);
        modalityIris = List.copyOf(modalityIris);
        years = List.copyOf(years);
        sentences = List.copyOf(sentences);
        facts = List.copyOf(facts);
    }

    // Identity is the triple's: two records for the same triple are the same edge.
    @Override
    public boolean equals(Object o) {
        return o instanceof GraphEdge e && e.id.equals(id);
    }

    @Override
    public int hashCode() { return id.hashCode(); }
}
