package no.eukg.linked;

import java.util.Objects;

import org.apache.jena.graph.Node;

/**
 * One resource found by a label search.
 *
 * @param resource the resource
 * @param label    the label that matched (a literal, with its language)
 * @param score    the rank: higher first
 */
public record SearchHit(Node resource, Node label, double score) {
    public SearchHit {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(label, "label");
    }
}
