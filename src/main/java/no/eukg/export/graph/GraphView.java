package no.eukg.export.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which part of the RDF graph becomes a picture.
 *
 * <ul>
 *   <li>{@link #FACTS} (the default): the entities and their relations. Nodes are the resources
 *       minted under {@code <namespace>id/} and the blank nodes attached to them; left out are the
 *       source text's NIF nodes (the {@code nif:Context}, its sentences and mentions), the fact
 *       descriptions ({@code <namespace>id/fact/...}, typed {@code nkg:Fact}), SKOS concept schemes
 *       (lists whose every member would otherwise hang off one hub; a concept carries its scheme
 *       as the {@code scheme} attribute), the ontology, and external IRIs. {@code rdf:type} is the node's class, not an edge; an IRI value that is not a node
 *       (an external link, an ontology individual) is a node attribute, like a literal.</li>
 *   <li>{@link #ALL}: every IRI and blank node that is the subject or object of a triple whose
 *       object is not a literal, and every such triple as an edge, {@code rdf:type} included.</li>
 * </ul>
 * In both views literals are node attributes, never nodes.
 */
public enum GraphView {
    FACTS, ALL;

    /** The name used in URLs and on the command line. */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    /** The view named {@code name} (case-insensitive), if there is one. */
    public static Optional<GraphView> parse(String name) {
        return Arrays.stream(values()).filter(v -> v.id().equalsIgnoreCase(name)).findFirst();
    }
}
