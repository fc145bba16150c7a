package no.eukg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the NIF 2.0 Core ontology used here (the NIF text, validation, pages, exports). */
public final class Nif {

    /** The NIF Core namespace. */
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    /** Class of the whole document a set of strings refers to. */
    public static final Node CONTEXT = term("Context");
    /** Class of strings identified by begin/end offsets. */
    public static final Node OFFSET_BASED_STRING = term("OffsetBasedString");
    /** Class of sentences. */
    public static final Node SENTENCE = term("Sentence");
    /** Class of phrases, used for entity mentions. */
    public static final Node PHRASE = term("Phrase");

    /** The full text of a context. */
    public static final Node IS_STRING = term("isString");
    /** The exact text of a string. */
    public static final Node ANCHOR_OF = term("anchorOf");
    /** Start offset (inclusive) of a string in its context. */
    public static final Node BEGIN_INDEX = term("beginIndex");
    /** End offset (exclusive) of a string in its context. */
    public static final Node END_INDEX = term("endIndex");
    /** Links a string to the context its offsets refer to. */
    public static final Node REFERENCE_CONTEXT = term("referenceContext");
    /** Links a sentence to the one after it. */
    public static final Node NEXT_SENTENCE = term("nextSentence");
    /** Links a sentence to the one before it. */
    public static final Node PREVIOUS_SENTENCE = term("previousSentence");
    /** Links a phrase or word to the sentence that contains it. */
    public static final Node SENTENCE_PROPERTY = term("sentence");

    private Nif() {
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
