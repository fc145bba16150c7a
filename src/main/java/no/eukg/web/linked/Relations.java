package no.eukg.web.linked;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import no.eukg.linked.Description;
import no.eukg.vocab.Itsrdf;
import no.eukg.vocab.Nif;
import no.eukg.vocab.Prov;
import no.eukg.web.linked.ResourceView.ExternalLink;
import no.eukg.web.linked.ResourceView.Fact;
import no.eukg.web.linked.ResourceView.FactDate;
import no.eukg.web.linked.ResourceView.Relation;
import no.eukg.web.linked.ResourceView.RelationValue;

/**
 * A resource's triples as its page lists them: grouped by property, outgoing or incoming, each
 * value with the facts that state it (modality, dates, source sentences); and apart from them the
 * links to the same thing elsewhere, which say nothing about this graph's relations.
 */
final class Relations {
    /** Shown in their own places on the page (label, types, description, text), not as relations. */
    static final Set<Node> SHOWN_APART = Set.of(RDF.type.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode(), RDFS.comment.asNode(), SKOS.definition.asNode(),
            DCTerms.description.asNode(), Nif.IS_STRING);
    /** Links to the same or a similar thing elsewhere (Wikidata, EuroVoc). */
    private static final List<Node> EXTERNAL_LINKS = List.of(OWL.sameAs.asNode(), SKOS.exactMatch.asNode(),
            SKOS.closeMatch.asNode(), SKOS.relatedMatch.asNode(), SKOS.broadMatch.asNode(), SKOS.narrowMatch.asNode(),
            RDFS.seeAlso.asNode(), FOAF.page.asNode());
    private static final Set<String> DATE_TYPES = Set.of(XSDDatatype.XSDgYear.getURI(), XSDDatatype.XSDdate.getURI(),
            XSDDatatype.XSDdateTime.getURI(), XSDDatatype.XSDgYearMonth.getURI());

    private final Links links;
    private final NodeViews names;
    private final SentenceQuotes quotes;
    private final Node modality;

    Relations(Links links, NodeViews names, SentenceQuotes quotes) {
        this.links = Objects.requireNonNull(links, "links");
        this.names = Objects.requireNonNull(names, "names");
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.modality = NodeFactory.createURI(links.namespace().ontologyTerms() + "modality");
    }

    /** What the resource says: its properties and their values, external links and {@link #SHOWN_APART} left out. */
    List<Relation> outgoing(Description d, String lang) { return relations(d, null, lang, false); }

    /**
     * What says something of the resource, mentions of it in the text left out; each property
     * named as it reads backwards, by its inverse label in {@code vocabulary} (the ontology).
     */
    List<Relation> incoming(Description d, Graph vocabulary, String lang) { return relations(d, vocabulary, lang, true); }

    /** The links to the same or a similar thing outside this graph, by name. */
    List<ExternalLink> external(Graph g, Node self) {
        List<ExternalLink> list = new ArrayList<>();
        for (Node p : EXTERNAL_LINKS)
            g.find(self, p, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if (links.isExternal(o))
                    list.add(new ExternalLink(Links.encode(o.getURI()), NodeViews.externalName(o.getURI()), names.prefixed(p)));
            });
        list.sort(Comparator.comparing(ExternalLink::name));
        return list;
    }

    /**
     * Besides the default graph's, the statements of facts the text does not state as the case
     * (only in their named graphs: planned, sought, aims...) are shown too, marked as such, each
     * with its fact's modality, so that an intention reads as one.
     */
    private List<Relation> relations(Description d, Graph vocabulary, String lang, boolean incoming) {
        Graph g = d.graph();
        Node self = d.resource();
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        Set<Triple> triples = new LinkedHashSet<>(incoming ? g.find(Node.ANY, Node.ANY, self).toList() : g.find(self, Node.ANY, Node.ANY).toList());
        for (Quad q : d.quads())
            if (!q.getGraph().equals(self) && (incoming ? q.getObject().equals(self) : q.getSubject().equals(self)))
                triples.add(q.asTriple());
        for (Triple t : triples) {
            Node p = t.getPredicate();
            Node value = incoming ? t.getSubject() : t.getObject();
            if (incoming && p.equals(Itsrdf.TA_IDENT_REF))
                continue;
            if (!incoming && (SHOWN_APART.contains(p) || (EXTERNAL_LINKS.contains(p) && links.isExternal(value))))
                continue;
            byProperty.computeIfAbsent(p, k -> new ArrayList<>()).add(value);
        }
        List<Relation> groups = new ArrayList<>();
        byProperty.forEach((p, values) -> {
            List<RelationValue> vs = new ArrayList<>();
            for (Node v : values) {
                Triple t = incoming ? Triple.create(v, p, self) : Triple.create(self, p, v);
                vs.add(new RelationValue(names.value(g, v, lang), g.contains(t), facts(d, t, lang)));
            }
            vs.sort(Comparator.comparing(RelationValue::label));
            groups.add(new Relation(incoming ? names.inverse(vocabulary, g, p, lang) : names.link(g, p, lang), vs));
        });
        groups.sort(Comparator.comparing(group -> group.property().label()));
        return groups;
    }

    /** The facts (named graphs) holding a triple, each with modality, dates and source sentences. */
    private List<Fact> facts(Description d, Triple t, String lang) {
        Graph g = d.graph();
        Set<Node> holding = new LinkedHashSet<>();
        for (Quad q : d.quads())
            if (q.asTriple().equals(t) && !q.getGraph().equals(d.resource()))
                holding.add(q.getGraph());
        List<Fact> facts = new ArrayList<>();
        for (Node fact : holding) {
            Optional<String> mod = g.find(fact, modality, Node.ANY).mapWith(Triple::getObject).nextOptional()
                    .map(m -> names.name(g, m, lang));
            List<FactDate> dates = new ArrayList<>();
            g.find(fact, Node.ANY, Node.ANY).forEachRemaining(ft -> {
                Node o = ft.getObject();
                if (o.isLiteral() && DATE_TYPES.contains(o.getLiteralDatatypeURI()))
                    dates.add(new FactDate(names.name(g, ft.getPredicate(), lang), o.getLiteralLexicalForm()));
            });
            dates.sort(Comparator.comparing(FactDate::value));
            List<Node> sentences = g.find(fact, Prov.WAS_DERIVED_FROM, Node.ANY).mapWith(Triple::getObject).toList();
            facts.add(new Fact(links.href(fact), mod, dates, quotes.quotes(g, sentences, d.resource())));
        }
        return facts;
    }
}
