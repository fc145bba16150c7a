package no.eukg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the ITS 2.0 RDF vocabulary used here (the NIF text, validation, pages, exports). */
public final class Itsrdf {

    /** The ITS RDF namespace. */
    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

    /** Links a mention to the entity it identifies. */
    public static final Node TA_IDENT_REF = NodeFactory.createURI(NS + "taIdentRef");

    private Itsrdf() {
    }
}
