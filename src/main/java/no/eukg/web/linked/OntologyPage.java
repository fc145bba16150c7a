package no.eukg.web.linked;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import no.eukg.export.Prefixes;
import no.eukg.export.RdfSyntax;
import no.eukg.linked.Labels;
import no.eukg.linked.OntologyDocument.Term;
import no.eukg.linked.OntologyDocument;
import no.eukg.web.linked.OntologyView.HeaderRow;
import no.eukg.web.linked.OntologyView.HeaderValue;
import no.eukg.web.linked.OntologyView.TermView;

/**
 * The documentation page of the ontology: its header, then every class, property and individual
 * at an anchor named by its fragment (so {@code <namespace>ontology#Country} lands on it), with labels in
 * both languages, comment, domain, range, super-terms and how often the data uses it.
 */
final class OntologyPage {
    private final Links links;
    private final Prefixes prefixes;

    OntologyPage(Links links, Prefixes prefixes) {
        this.links = Objects.requireNonNull(links, "links");
        this.prefixes = Objects.requireNonNull(prefixes, "prefixes");
    }

    OntologyView model(OntologyDocument doc, Map<Node, Long> uses, String lang) {
        Graph g = doc.graph();
        Node ont = doc.ontology();
        String title = Labels.literal(g, ont, List.of(DCTerms.title.asNode(), RDFS.label.asNode()), lang).orElse("Ontology");
        List<HeaderRow> header = new ArrayList<>();
        for (Node p : List.of(OWL2.versionInfo.asNode(), OWL2.versionIRI.asNode(), DCTerms.modified.asNode(),
                DCTerms.creator.asNode(), DCTerms.license.asNode()))
            g.find(ont, p, Node.ANY).forEachRemaining(t -> header.add(new HeaderRow(prefixed(p), value(g, t.getObject(), lang))));
        List<FormatLink> alternates = new ArrayList<>();
        for (RdfSyntax s : RdfSyntax.values())
            alternates.add(new FormatLink(s.displayName(), links.to("ontology." + s.extension()), s.mediaType()));
        return new OntologyView(title, lang, ont.getURI(), doc.namespace(),
                Labels.literal(g, ont, List.of(DCTerms.description.asNode(), RDFS.comment.asNode()), lang),
                Labels.literal(g, ont, List.of(RDFS.comment.asNode()), lang), header, terms(doc.classes(), uses, g, lang),
                terms(doc.properties(), uses, g, lang), terms(doc.individuals(), uses, g, lang), alternates);
    }

    private List<TermView> terms(List<Term> terms, Map<Node, Long> uses, Graph g, String lang) {
        List<TermView> list = new ArrayList<>();
        for (Term t : terms) {
            Node n = t.iri();
            list.add(new TermView(t.fragment(), n.getURI(), t.kind(), uses.getOrDefault(n, 0L),
                    Labels.literal(g, n, List.of(RDFS.label.asNode()), lang).orElse(t.fragment()),
                    Labels.literal(g, n, List.of(RDFS.label.asNode()), PageLanguage.other(lang)),
                    Labels.literal(g, n, List.of(RDFS.comment.asNode()), lang),
                    objects(g, n, RDFS.domain.asNode(), lang), objects(g, n, RDFS.range.asNode(), lang),
                    objects(g, n, RDFS.subClassOf.asNode(), lang), objects(g, n, RDFS.subPropertyOf.asNode(), lang),
                    objects(g, n, RDF.type.asNode(), lang)));
        }
        return list;
    }

    private List<Link> objects(Graph g, Node s, Node p, String lang) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList().stream()
                .map(o -> new Link(label(g, o, lang), links.href(o))).toList();
    }

    private String label(Graph g, Node n, String lang) {
        if (!links.isExternal(n))
            return Labels.literal(g, n, List.of(RDFS.label.asNode()), lang).orElse(Labels.localName(n.getURI()));
        return prefixed(n);
    }

    private HeaderValue value(Graph g, Node v, String lang) {
        if (v.isURI())
            return new HeaderValue(label(g, v, lang), Optional.of(Links.encode(v.getURI())));
        return new HeaderValue(v.isLiteral() ? v.getLiteralLexicalForm() : "(blank node)", Optional.empty());
    }

    private String prefixed(Node n) {
        return prefixes.abbreviate(n.getURI());
    }
}
