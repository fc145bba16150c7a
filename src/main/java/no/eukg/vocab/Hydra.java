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

    private Hydra() {
    }
}
