package no.eukg.web.fragments;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import no.eukg.vocab.Hydra;

/**
 * The terms of the fragments' metadata and controls that {@link Hydra} does not have yet (Hydra's
 * search template and paging), and those of VoID, SPARQL-SD, FOAF and DCMI that the Linked Data
 * Fragments specification puts beside them. Kept here until {@code vocab/} takes them.
 */
final class FragmentTerms {
    static final Node COLLECTION = hydra("Collection");
    static final Node SEARCH = hydra("search");
    static final Node IRI_TEMPLATE = hydra("IriTemplate");
    static final Node TEMPLATE = hydra("template");
    static final Node VARIABLE_REPRESENTATION = hydra("variableRepresentation");
    static final Node EXPLICIT_REPRESENTATION = hydra("ExplicitRepresentation");
    static final Node MAPPING = hydra("mapping");
    static final Node IRI_TEMPLATE_MAPPING = hydra("IriTemplateMapping");
    static final Node VARIABLE = hydra("variable");
    static final Node PROPERTY = hydra("property");
    static final Node REQUIRED = hydra("required");
    static final Node ITEMS_PER_PAGE = hydra("itemsPerPage");
    static final Node FIRST = hydra("first");
    static final Node PREVIOUS = hydra("previous");

    static final String VOID_NS = "http://rdfs.org/ns/void#";
    static final Node VOID_DATASET = NodeFactory.createURI(VOID_NS + "Dataset");
    static final Node VOID_SUBSET = NodeFactory.createURI(VOID_NS + "subset");
    static final Node VOID_TRIPLES = NodeFactory.createURI(VOID_NS + "triples");

    static final String SD_NS = "http://www.w3.org/ns/sparql-service-description#";
    static final Node SD_DEFAULT_GRAPH = NodeFactory.createURI(SD_NS + "defaultGraph");
    static final Node SD_GRAPH = NodeFactory.createURI(SD_NS + "graph");

    static final Node FOAF_PRIMARY_TOPIC = NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic");
    static final Node DCT_TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");
    static final Node DCT_SOURCE = NodeFactory.createURI("http://purl.org/dc/terms/source");

    private FragmentTerms() { }

    private static Node hydra(String local) {
        return NodeFactory.createURI(Hydra.NS + local);
    }
}
