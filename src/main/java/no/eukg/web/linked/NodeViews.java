package no.eukg.web.linked;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import no.eukg.export.Prefixes;
import no.eukg.linked.Labels;
import no.eukg.vocab.Nif;

/**
 * How a resource page names and links the nodes of a description: a resource by its label in the
 * reader's language (else a readable local name, or a prefixed name when it is not this graph's),
 * linked to its copy on this server; a literal cut to what a page can show.
 */
final class NodeViews {
    /** A sentence or mention has no label but its text ({@code nif:anchorOf}) names it. */
    private static final List<Node> NAMES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode(),
            Nif.ANCHOR_OF);
    private static final int LONGEST_NAME = 200;
    private static final int LONGEST_LITERAL = 600;

    private final Links links;
    private final Prefixes prefixes;
    private final Node inverseLabel;

    NodeViews(Links links, Prefixes prefixes) {
        this.links = Objects.requireNonNull(links, "links");
        this.prefixes = Objects.requireNonNull(prefixes, "prefixes");
        this.inverseLabel = NodeFactory.createURI(links.namespace().ontologyTerms() + "inverseLabel");
    }

    /** The name of a node for a reader: its label in their language, else a readable local name. */
    String name(Graph g, Node n, String lang) {
        if (!n.isURI())
            return n.isLiteral() ? n.getLiteralLexicalForm() : "(blank node)";
        return Labels.literal(g, n, NAMES, lang).map(s -> Segments.shorten(s, LONGEST_NAME))
                .orElseGet(() -> links.isExternal(n) ? prefixed(n) : Labels.localName(n.getURI()));
    }

    /**
     * A property as read from its object back to its subject, for the links that refer to a
     * resource: its inverse label in the reader's language where the vocabulary (the ontology)
     * gives one ("has as participant"), else its own name after an arrow that says it points
     * the other way ("← derived from"), which reads in every language.
     */
    NodeView inverse(Graph vocabulary, Graph g, Node property, String lang) {
        String label = Labels.literal(vocabulary, property, List.of(inverseLabel), lang)
                .orElseGet(() -> "\u2190 " + name(g, property, lang));
        return NodeView.ofResource(label, links.href(property), property.getURI());
    }

    /** A resource linked to its page; a blank node named only. */
    NodeView link(Graph g, Node n, String lang) {
        if (!n.isURI())
            return NodeView.ofBlankNode();
        return NodeView.ofResource(name(g, n, lang), links.href(n), n.getURI());
    }

    /** The object or subject of a statement: a literal with its language or datatype, else as {@link #link}. */
    NodeView value(Graph g, Node v, String lang) {
        if (!v.isLiteral())
            return link(g, v, lang);
        String l = v.getLiteralLanguage();
        Optional<String> valueLang = l == null || l.isEmpty() ? Optional.empty() : Optional.of(l);
        Optional<String> datatype = valueLang.isPresent() || v.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())
                ? Optional.empty() : Optional.of(prefixed(NodeFactory.createURI(v.getLiteralDatatypeURI())));
        return NodeView.ofLiteral(Segments.shorten(v.getLiteralLexicalForm(), LONGEST_LITERAL), valueLang, datatype);
    }

    String prefixed(Node n) {
        return prefixes.abbreviate(n.getURI());
    }

    /** What a link to the same thing elsewhere says: "Wikidata Q20", "EuroVoc 1234", else the address. */
    static String externalName(String iri) {
        if (iri.startsWith("http://www.wikidata.org/entity/"))
            return "Wikidata " + iri.substring("http://www.wikidata.org/entity/".length());
        if (iri.startsWith("http://eurovoc.europa.eu/"))
            return "EuroVoc " + iri.substring("http://eurovoc.europa.eu/".length());
        return iri.replaceFirst("^https?://", "");
    }
}
