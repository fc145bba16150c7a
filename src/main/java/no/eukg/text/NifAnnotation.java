package no.eukg.text;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * The NIF rendering of a source text.
 *
 * @param graph the context, its sentences and the entity mentions, in NIF 2.0
 * @param mentions the mentions written to the graph, in document order
 * @param ambiguities spans whose entity was chosen among several; worth reporting to the data's curator
 */
public record NifAnnotation(Graph graph, List<Mention> mentions, List<Ambiguity> ambiguities) {

    /** Copies the lists. */
    public NifAnnotation {
        Objects.requireNonNull(graph, "graph");
        mentions = List.copyOf(mentions);
        ambiguities = List.copyOf(ambiguities);
    }
}
