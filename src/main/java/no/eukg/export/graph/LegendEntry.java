package no.eukg.export.graph;

import java.util.Objects;

/**
 * How one class is drawn.
 *
 * @param type  the class IRI, empty for nodes without a class
 * @param label the class label in the chosen language
 * @param color fill colour, {@code #rrggbb}
 * @param shape a Cytoscape.js node shape name
 * @param count how many nodes of the graph have this class
 */
public record LegendEntry(String type, String label, String color, String shape, int count) {
    public LegendEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(shape, "shape");
    }
}
