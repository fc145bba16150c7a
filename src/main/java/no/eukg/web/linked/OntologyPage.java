package no.eukg.web.linked;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;

import no.eukg.export.Prefixes;
import no.eukg.linked.Labels;
import no.eukg.linked.OntologyDocument.Term;
import no.eukg.linked.OntologyDocument;

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

    Map<String, Object> model(OntologyDocument doc, String lang) {
        Graph g = doc.graph();
        Node ont = doc.ontology();
        Map<String, Object> m = new LinkedHashMap<>();
        String title = Labels.literal(g, ont, List.of(DCTerms.title.asNode(), RDFS.label.asNode()), lang).orElse("Ontology");
        m.put("title", title);
        m.put("lang", lang);
        m.put("heading", title);
        m.put("iri", ont.getURI());
        m.put("namespace", doc.namespace());
        m.put("description", Labels.literal(g, ont, List.of(DCTerms.description.asNode(), RDFS.comment.asNode()), lang).orElse(null));
        m.put("ontologyComment", Labels.literal(g, ont, List.of(RDFS.comment.asNode()), lang).orElse(null));
        List<Map<String, Object>> header = new ArrayList<>();
        for (Node p : List.of(OWL2.versionInfo.asNode(), OWL2.versionIRI.asNode(), DCTerms.modified.asNode(),
                DCTerms.creator.asNode(), DCTerms.license.asNode()))
            g.find(ont, p, Node.ANY).forEachRemaining(t -> header.add(Map.of("property", prefixed(p), "value", value(g, t.getObject(), lang))));
        m.put("header", header);
        m.put("classes", terms(doc.classes(), g, lang));
        m.put("properties", terms(doc.properties(), g, lang));
        m.put("individuals", terms(doc.individuals(), g, lang));
        List<Map<String, String>> alternates = new ArrayList<>();
        for (var s : no.eukg.export.RdfSyntax.values())
            alternates.add(Map.of("type", s.mediaType(), "href", links.to("ontology." + s.extension()), "name", s.displayName()));
        m.put("alternates", alternates);
        return Scopes.withFlags(m);
    }

    private List<Map<String, Object>> terms(List<Term> terms, Graph g, String lang) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Term t : terms) {
            Node n = t.iri();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fragment", t.fragment());
            m.put("iri", n.getURI());
            m.put("kind", t.kind());
            m.put("uses", t.uses());
            m.put("label", Labels.literal(g, n, List.of(RDFS.label.asNode()), lang).orElse(t.fragment()));
            m.put("otherLabel", Labels.literal(g, n, List.of(RDFS.label.asNode()), PageLanguage.other(lang)).orElse(null));
            m.put("comment", Labels.literal(g, n, List.of(RDFS.comment.asNode()), lang).orElse(null));
            m.put("domain", objects(g, n, RDFS.domain.asNode(), lang));
            m.put("range", objects(g, n, RDFS.range.asNode(), lang));
            m.put("superClasses", objects(g, n, RDFS.subClassOf.asNode(), lang));
            m.put("superProperties", objects(g, n, RDFS.subPropertyOf.asNode(), lang));
            m.put("types", objects(g, n, org.apache.jena.vocabulary.RDF.type.asNode(), lang));
            list.add(m);
        }
        return list;
    }

    private List<Map<String, String>> objects(Graph g, Node s, Node p, String lang) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList().stream()
                .map(o -> Map.of("label", label(g, o, lang), "href", links.href(o))).toList();
    }

    private String label(Graph g, Node n, String lang) {
        if (!links.isExternal(n))
            return Labels.literal(g, n, List.of(RDFS.label.asNode()), lang).orElse(Labels.localName(n.getURI()));
        return prefixed(n);
    }

    private Map<String, String> value(Graph g, Node v, String lang) {
        if (v.isURI())
            return Map.of("label", label(g, v, lang), "href", Links.encode(v.getURI()));
        if (v.isLiteral())
            return Map.of("label", v.getLiteralLexicalForm());
        return Map.of("label", "(blank node)");
    }

    private String prefixed(Node n) {
        return prefixes.abbreviate(n.getURI());
    }
}
