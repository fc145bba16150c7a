package no.eukg.releases;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;

/**
 * A fact that one release added, removed or changed against the release before it.
 *
 * @param fact      the fact's IRI (its named graph)
 * @param kind      added, removed or changed
 * @param sentences the text of each sentence it cites (in the newer release; in the older one for a removed fact)
 * @param before    what the older release said of it (its statements, then its modality, sentences and years), as N-Triples lines; empty when added
 * @param after     what the newer release says of it, as N-Triples lines; empty when removed
 */
public record FactChange(Node fact, Kind kind, List<String> sentences, List<String> before, List<String> after) {
    public enum Kind { ADDED, REMOVED, CHANGED }

    public FactChange {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(kind, "kind");
        sentences = List.copyOf(sentences);
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
