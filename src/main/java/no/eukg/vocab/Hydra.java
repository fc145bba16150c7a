package no.eukg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the W3C Hydra Core vocabulary used here: a description that is one part of more. */
public final class Hydra {
    /** The Hydra Core namespace. */
    public static final String NS = "http://www.w3.org/ns/hydra/core#";

    /** A document that shows part of what there is. */
    public static final Node PARTIAL_COLLECTION_VIEW = NodeFactory.createURI(NS + "PartialCollectionView");
    /** Where the rest is. */
    public static final Node NEXT = NodeFactory.createURI(NS + "next");
    /** How many items there are in all. */
    public static final Node TOTAL_ITEMS = NodeFactory.createURI(NS + "totalItems");
    // The search template and paging of a Triple Pattern Fragment (web/fragments).
    public static final Node COLLECTION = NodeFactory.createURI(NS + "Collection");
    public static final Node SEARCH = NodeFactory.createURI(NS + "search");
    public static final Node IRI_TEMPLATE = NodeFactory.createURI(NS + "IriTemplate");
    public static final Node TEMPLATE = NodeFactory.createURI(NS + "template");
    public static final Node VARIABLE_REPRESENTATION = NodeFactory.createURI(NS + "variableRepresentation");
    public static final Node EXPLICIT_REPRESENTATION = NodeFactory.createURI(NS + "ExplicitRepresentation");
    public static final Node MAPPING = NodeFactory.createURI(NS + "mapping");
    public static final Node IRI_TEMPLATE_MAPPING = NodeFactory.createURI(NS + "IriTemplateMapping");
    public static final Node VARIABLE = NodeFactory.createURI(NS + "variable");
    public static final Node PROPERTY = NodeFactory.createURI(NS + "property");
    public static final Node REQUIRED = NodeFactory.createURI(NS + "required");
    public static final Node ITEMS_PER_PAGE = NodeFactory.createURI(NS + "itemsPerPage");
    public static final Node FIRST = NodeFactory.createURI(NS + "first");
    public static final Node PREVIOUS = NodeFactory.createURI(NS + "previous");

    private Hydra() {
    }
}
