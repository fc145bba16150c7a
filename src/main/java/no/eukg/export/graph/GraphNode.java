package no.eukg.export.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A node of the exported graph: one RDF resource.
 *
 * @param id         the IRI, or {@code _:label} for a blank node
 * @param label      the label in the chosen language (falling back to English, then any), or the
 *                   IRI's local name
 * @param type       the most specific {@code rdf:type} (empty when it has none)
 * @param typeLabel  the label of that class, or {@code (no class)}
 * @param scheme     the label of the SKOS concept scheme it is in (empty if none): its policy
 *                   area or region list
 * @param attributes the node's literals (and, in the facts view, IRI values that are not nodes),
 *                   by attribute name (see {@link AttributeNames}), values sorted
 * @param degree     edges in and out, in the graph it was built in
 * @param pagerank   its PageRank in that graph
 * @param size       a drawing size from 24 to 72, rising with the PageRank
 * @param color      fill colour of its class, {@code #rrggbb}
 * @param shape      shape of its class, a Cytoscape.js shape name
 */
public record GraphNode(String id, String label, String type, String typeLabel, String scheme,
                        Map<String, List<String>> attributes, int degree, double pagerank, double size,
                        String color, String shape) {
    public GraphNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(typeLabel, "typeLabel");
        Objects.requireNonNull(scheme, "scheme");
        attributes = Map.copyOf(Objects.requireNonNull(attributes, "attributes"));
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(shape, "shape");
    }

    /** True for a blank node. */
    public boolean isBlank() { return id.startsWith("_:"); }
}
