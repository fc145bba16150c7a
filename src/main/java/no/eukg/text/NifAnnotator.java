package no.eukg.text;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

import no.eukg.vocab.Itsrdf;
import no.eukg.vocab.Nif;

/**
 * Writes a {@link SourceText} as NIF 2.0: one {@code nif:Context} for the whole text, one
 * {@code nif:Sentence} per sentence at {@code <context>/sN}, chained with {@code nif:nextSentence} and
 * {@code nif:previousSentence}, and one {@code nif:Phrase} per entity mention at {@code <context>/sN/mK}
 * linked to its entity with {@code itsrdf:taIdentRef}. Mentions are found by {@link MentionFinder}.
 * All offsets are Java string indexes in the whole text, typed {@code xsd:nonNegativeInteger}.
 */
public final class NifAnnotator {

    private final String contextIri;

    /**
     * @param contextIri IRI of the {@code nif:Context}; sentence and mention IRIs are built under it
     */
    public NifAnnotator(String contextIri) {
        this.contextIri = Objects.requireNonNull(contextIri, "contextIri");
    }

    /** @return the IRI of the whole-text context */
    public String contextIri() {
        return contextIri;
    }

    /**
     * @param number sentence number, 1-based
     * @return the IRI of that sentence, the one facts cite
     */
    public String sentenceIri(int number) {
        return contextIri + "/s" + number;
    }

    /**
     * @param sentence sentence number, 1-based
     * @param index mention number within the sentence, 1-based
     * @return the IRI of that mention
     */
    public String mentionIri(int sentence, int index) {
        return sentenceIri(sentence) + "/m" + index;
    }

    /**
     * Builds the NIF graph of a text and its entity mentions.
     *
     * @param text the segmented source
     * @param surfaceForms for each entity IRI, its surface forms
     * @return the graph, the mentions in it and the ambiguous spans
     */
    public NifAnnotation annotate(SourceText text, Map<String, ? extends Collection<String>> surfaceForms) {
        Objects.requireNonNull(text, "text");
        MentionSet found = new MentionFinder(surfaceForms).find(text);
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping()
                .setNsPrefix("nif", Nif.NS)
                .setNsPrefix("itsrdf", Itsrdf.NS)
                .setNsPrefix("xsd", XSD.NS);

        Node context = NodeFactory.createURI(contextIri);
        addString(graph, context, Nif.CONTEXT, 0, text.text().length());
        graph.add(context, Nif.IS_STRING, NodeFactory.createLiteralString(text.text()));

        List<Sentence> sentences = text.sentences();
        for (Sentence sentence : sentences) {
            Node node = NodeFactory.createURI(sentenceIri(sentence.number()));
            addString(graph, node, Nif.SENTENCE, sentence.begin(), sentence.end());
            graph.add(node, Nif.ANCHOR_OF, NodeFactory.createLiteralString(sentence.anchor()));
            graph.add(node, Nif.REFERENCE_CONTEXT, context);
            if (sentence.number() > 1) {
                Node previous = NodeFactory.createURI(sentenceIri(sentence.number() - 1));
                graph.add(node, Nif.PREVIOUS_SENTENCE, previous);
                graph.add(previous, Nif.NEXT_SENTENCE, node);
            }
        }
        for (Mention mention : found.mentions()) {
            Node node = NodeFactory.createURI(mentionIri(mention.sentence(), mention.index()));
            addString(graph, node, Nif.PHRASE, mention.begin(), mention.end());
            graph.add(node, Nif.ANCHOR_OF, NodeFactory.createLiteralString(mention.anchor()));
            graph.add(node, Nif.REFERENCE_CONTEXT, context);
            graph.add(node, Nif.SENTENCE_PROPERTY, NodeFactory.createURI(sentenceIri(mention.sentence())));
            graph.add(node, Itsrdf.TA_IDENT_REF, NodeFactory.createURI(mention.entity()));
        }
        return new NifAnnotation(graph, found.mentions(), found.ambiguities());
    }

    private static void addString(Graph graph, Node node, Node type, int begin, int end) {
        graph.add(node, RDF.type.asNode(), type);
        graph.add(node, RDF.type.asNode(), Nif.OFFSET_BASED_STRING);
        graph.add(node, Nif.BEGIN_INDEX, index(begin));
        graph.add(node, Nif.END_INDEX, index(end));
    }

    private static Node index(int offset) {
        return NodeFactory.createLiteralDT(Integer.toString(offset), XSDDatatype.XSDnonNegativeInteger);
    }
}
