package no.eukg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the W3C PROV-O vocabulary used here (the NIF text, validation, pages, exports). */
public final class Prov {

    /** The PROV-O namespace. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    /** Links a fact to the sentence it was taken from. */
    public static final Node WAS_DERIVED_FROM = NodeFactory.createURI(NS + "wasDerivedFrom");

    private Prov() {
    }
}
