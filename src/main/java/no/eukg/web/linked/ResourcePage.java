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
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import no.eukg.export.Prefixes;
import no.eukg.export.RdfSyntax;
import no.eukg.linked.Description;
import no.eukg.linked.Labels;
import no.eukg.vocab.Itsrdf;
import no.eukg.vocab.Nif;
import no.eukg.vocab.Prov;
import no.eukg.web.QueryLink;

/**
 * The view of one resource's {@link Description} for its HTML page: label and description in the
 * reader's language, types, facts grouped by relation with the sentences they came from (the
 * mention of the resource marked), modality and dates, external links, a picture of the direct
 * neighbourhood, and links to query further. Only data goes to the template; the template
 * escapes it.
 */
final class ResourcePage {
    /** Shown in their own places, not as relations. */
    private static final Set<Node> NOT_RELATIONS = Set.of(RDF.type.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode(), RDFS.comment.asNode(), SKOS.definition.asNode(),
            DCTerms.description.asNode(), Nif.IS_STRING);
    /** Links to the same or a similar thing elsewhere (Wikidata, EuroVoc). */
    private static final List<Node> EXTERNAL_LINKS = List.of(OWL.sameAs.asNode(), SKOS.exactMatch.asNode(),
            SKOS.closeMatch.asNode(), SKOS.relatedMatch.asNode(), SKOS.broadMatch.asNode(), SKOS.narrowMatch.asNode(),
            RDFS.seeAlso.asNode(), FOAF.page.asNode());
    private static final Set<String> DATE_TYPES = Set.of(XSDDatatype.XSDgYear.getURI(), XSDDatatype.XSDdate.getURI(),
            XSDDatatype.XSDdateTime.getURI(), XSDDatatype.XSDgYearMonth.getURI());
    private static final List<Node> NAMES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode(),
            Nif.ANCHOR_OF);
    /** Canned queries that take any resource's IRI, by name, with the parameter that carries it. */
    private static final Map<String, String> ENTITY_QUERIES = Map.of("entity-neighbourhood", "entity");
    /** Canned queries that take a fact's IRI. */
    private static final Map<String, String> FACT_QUERIES = Map.of("fact-sources", "fact");

    private final Links links;
    private final Prefixes prefixes;
    private final List<QueryLink> queries;
    private final Node modality;
    private final Node factClass;

    ResourcePage(Links links, Prefixes prefixes, List<QueryLink> queries) {
        this.links = Objects.requireNonNull(links, "links");
        this.prefixes = Objects.requireNonNull(prefixes, "prefixes");
        this.queries = List.copyOf(queries);
        this.modality = org.apache.jena.graph.NodeFactory.createURI(links.namespace().ontologyTerms() + "modality");
        this.factClass = org.apache.jena.graph.NodeFactory.createURI(links.namespace().ontologyTerms() + "Fact");
    }

    Map<String, Object> model(Description d, String local, String lang, boolean allIncoming) {
        Graph g = d.graph();
        Node self = d.resource();
        Map<String, Object> m = new LinkedHashMap<>();
        String label = name(g, self, lang);
        m.put("title", label);
        m.put("label", label);
        m.put("lang", lang);
        m.put("iri", self.getURI());
        m.put("description", Labels.literal(g, self, Labels.DESCRIPTION, lang).orElse(null));
        m.put("altLabels", g.find(self, SKOS.altLabel.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).toSet().stream().sorted().toList());
        m.put("types", g.find(self, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList().stream()
                .map(t -> link(g, t, lang)).sorted(Comparator.comparing(x -> x.get("label").toString())).toList());

        String other = PageLanguage.other(lang);
        String switchHref = links.page(local) + "?lang=" + other + (allIncoming ? "&incoming=all" : "");
        m.put("switch", Map.of("href", switchHref, "lang", other, "name", PageLanguage.name(other),
                "label", name(g, self, other)));

        m.put("outgoing", relations(d, lang, false));
        List<Map<String, Object>> incoming = relations(d, lang, true);
        m.put("incoming", incoming);
        // The counts are the default graph's; links only facts of intent make are all shown, on top.
        long unasserted = incoming.stream().flatMap(group -> ((List<?>) group.get("values")).stream())
                .filter(v -> Boolean.FALSE.equals(((Map<?, ?>) v).get("asserted"))).count();
        m.put("incomingShown", d.incomingShown() + unasserted);
        m.put("incomingTotal", d.incoming() + unasserted);
        if (d.incomingTruncated())
            m.put("incomingAll", links.page(local) + "?incoming=all" + ("nb".equals(lang) ? "&lang=nb" : ""));
        m.put("mentions", mentions(g, self));
        m.put("mentionCount", d.mentions());
        m.put("statements", statements(d, lang));
        m.put("external", external(g, self));
        m.put("neighbourhood", neighbourhood(d, lang));
        m.put("queryLinks", queryLinks(d, local));
        List<Map<String, String>> data = new ArrayList<>();
        for (RdfSyntax s : RdfSyntax.values())
            data.add(Map.of("name", s.displayName(), "href", links.data(local, s), "type", s.mediaType()));
        m.put("dataLinks", data);
        m.put("alternates", data);
        if (g.contains(self, RDF.type.asNode(), Nif.CONTEXT))
            m.put("sourceLink", links.to("source"));
        if (g.contains(self, RDF.type.asNode(), Nif.SENTENCE))
            m.put("sourceLink", links.to("source") + "#" + Labels.localName(self.getURI()));
        return Scopes.withFlags(m);
    }

    /**
     * Relations grouped by property: outgoing ones, or incoming ones ("is ... of"). Besides the
     * default graph's, the statements of facts the text does not state as the case (only in their
     * named graphs: planned, sought, aims...) are shown too, marked as such, each with its fact's
     * modality, so that an intention reads as one.
     */
    private List<Map<String, Object>> relations(Description d, String lang, boolean incoming) {
        Graph g = d.graph();
        Node self = d.resource();
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        Set<Triple> triples = new LinkedHashSet<>(incoming ? g.find(Node.ANY, Node.ANY, self).toList() : g.find(self, Node.ANY, Node.ANY).toList());
        // A fact of intent (planned, sought, a goal) is not in the truthful default graph, only in
        // its named graph: shown too, with its modality, so that the page shows it as an intention.
        for (Quad q : d.quads())
            if (!q.getGraph().equals(self) && (incoming ? q.getObject().equals(self) : q.getSubject().equals(self)))
                triples.add(q.asTriple());
        for (Triple t : triples) {
            Node p = t.getPredicate();
            Node value = incoming ? t.getSubject() : t.getObject();
            if (incoming && p.equals(Itsrdf.TA_IDENT_REF))
                continue;
            if (!incoming && (NOT_RELATIONS.contains(p) || (EXTERNAL_LINKS.contains(p) && links.isExternal(value))))
                continue;
            byProperty.computeIfAbsent(p, k -> new ArrayList<>()).add(value);
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        byProperty.forEach((p, values) -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("property", link(g, p, lang));
            List<Map<String, Object>> vs = new ArrayList<>();
            for (Node v : values) {
                Map<String, Object> value = value(g, v, lang);
                Triple t = incoming ? Triple.create(v, p, self) : Triple.create(self, p, v);
                value.put("asserted", g.contains(t));
                List<Map<String, Object>> facts = facts(d, t, lang);
                if (!facts.isEmpty())
                    value.put("facts", facts);
                vs.add(value);
            }
            vs.sort(Comparator.comparing(x -> String.valueOf(x.get("label"))));
            group.put("values", vs);
            groups.add(group);
        });
        groups.sort(Comparator.comparing(x -> String.valueOf(((Map<?, ?>) x.get("property")).get("label"))));
        return groups;
    }

    /** The facts (named graphs) holding a triple, each with modality, dates and source sentences. */
    private List<Map<String, Object>> facts(Description d, Triple t, String lang) {
        Graph g = d.graph();
        List<Map<String, Object>> facts = new ArrayList<>();
        Set<Node> seen = new LinkedHashSet<>();
        for (Quad q : d.quads())
            if (q.asTriple().equals(t) && !q.getGraph().equals(d.resource()))
                seen.add(q.getGraph());
        for (Node fact : seen) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("href", links.href(fact));
            f.put("name", Labels.localName(fact.getURI()));
            g.find(fact, modality, Node.ANY).mapWith(Triple::getObject).nextOptional()
                    .ifPresent(mod -> f.put("modality", name(g, mod, lang)));
            List<Map<String, String>> dates = new ArrayList<>();
            g.find(fact, Node.ANY, Node.ANY).forEachRemaining(ft -> {
                Node o = ft.getObject();
                if (o.isLiteral() && DATE_TYPES.contains(o.getLiteralDatatypeURI()))
                    dates.add(Map.of("property", name(g, ft.getPredicate(), lang), "value", o.getLiteralLexicalForm()));
            });
            dates.sort(Comparator.comparing(x -> x.get("value")));
            f.put("dates", dates);
            List<Map<String, Object>> sentences = new ArrayList<>();
            g.find(fact, Prov.WAS_DERIVED_FROM, Node.ANY).mapWith(Triple::getObject).toList().stream()
                    .sorted(Comparator.comparingLong(s -> begin(g, s)))
                    .forEach(s -> sentences.add(sentence(g, s, d.resource())));
            f.put("sentences", sentences);
            facts.add(f);
        }
        return facts;
    }

    /** Where the text mentions the resource: each sentence once, the mentions marked. */
    private List<Map<String, Object>> mentions(Graph g, Node self) {
        Set<Node> sentences = new LinkedHashSet<>();
        g.find(Node.ANY, Itsrdf.TA_IDENT_REF, self).forEachRemaining(t ->
                g.find(t.getSubject(), Nif.SENTENCE_PROPERTY, Node.ANY).forEachRemaining(s -> sentences.add(s.getObject())));
        return sentences.stream().sorted(Comparator.comparingLong(s -> begin(g, s)))
                .map(s -> sentence(g, s, self)).toList();
    }

    /** A sentence quoted, split into segments with the mentions of {@code entity} marked, linked to its place in the text. */
    private Map<String, Object> sentence(Graph g, Node sentence, Node entity) {
        Map<String, Object> s = new LinkedHashMap<>();
        String id = Labels.localName(sentence.getURI());
        s.put("id", id);
        s.put("href", links.to("source") + "#" + id);
        s.put("page", links.href(sentence));
        Optional<String> text = literal(g, sentence, Nif.ANCHOR_OF);
        if (text.isEmpty()) {
            s.put("segments", List.of(Map.of("text", id, "mark", false)));
            return s;
        }
        long offset = begin(g, sentence);
        List<long[]> spans = new ArrayList<>();
        g.find(Node.ANY, Nif.SENTENCE_PROPERTY, sentence).forEachRemaining(t -> {
            Node mention = t.getSubject();
            if (g.contains(mention, Itsrdf.TA_IDENT_REF, entity)) {
                long b = number(g, mention, Nif.BEGIN_INDEX) - offset;
                long e = number(g, mention, Nif.END_INDEX) - offset;
                if (b >= 0 && e > b)
                    spans.add(new long[] {b, e});
            }
        });
        s.put("segments", Segments.split(text.get(), spans));
        return s;
    }

    /** When the resource is a fact: the statements of its named graph. */
    private List<Map<String, Object>> statements(Description d, String lang) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Quad q : d.quads())
            if (q.getGraph().equals(d.resource()))
                list.add(Map.of("subject", value(d.graph(), q.getSubject(), lang),
                        "property", link(d.graph(), q.getPredicate(), lang),
                        "object", value(d.graph(), q.getObject(), lang)));
        return list;
    }

    private List<Map<String, String>> external(Graph g, Node self) {
        List<Map<String, String>> list = new ArrayList<>();
        for (Node p : EXTERNAL_LINKS)
            g.find(self, p, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if (links.isExternal(o))
                    list.add(Map.of("href", Links.encode(o.getURI()), "name", externalName(o.getURI()),
                            "relation", prefixed(p)));
            });
        list.sort(Comparator.comparing((Map<String, String> x) -> x.get("name")));
        return list;
    }

    private List<Map<String, String>> queryLinks(Description d, String local) {
        List<Map<String, String>> list = new ArrayList<>();
        list.add(Map.of("name", "DESCRIBE in the SPARQL endpoint", "href", links.sparqlDescribe(d.resource())));
        if (d.incomingTruncated())
            list.add(Map.of("name", "All " + d.incoming() + " incoming links", "href", links.page(local) + "?incoming=all"));
        boolean fact = d.graph().contains(d.resource(), RDF.type.asNode(), factClass);
        for (QueryLink q : queries) {
            String parameter = ENTITY_QUERIES.get(q.name());
            if (parameter == null && fact)
                parameter = FACT_QUERIES.get(q.name());
            if (parameter != null)
                list.add(Map.of("name", "Canned query: " + q.summary(), "href", links.cannedQuery(q.name(), parameter, d.resource())));
        }
        return list;
    }

    /** The resource's direct neighbours, for a server-drawn SVG ({@link NeighbourhoodDrawing}). */
    private Map<String, Object> neighbourhood(Description d, String lang) {
        Graph g = d.graph();
        Node self = d.resource();
        Map<Node, String> neighbours = new TreeMap<>(Comparator.comparing(Node::toString));
        Map<Node, Boolean> inverse = new LinkedHashMap<>();
        g.find(self, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isURI() && !o.equals(self) && !links.isExternal(o) && !NOT_RELATIONS.contains(t.getPredicate())
                    && !links.isOntology(o))
                neighbours.putIfAbsent(o, name(g, t.getPredicate(), lang));
        });
        g.find(Node.ANY, Node.ANY, self).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && !s.equals(self) && !t.getPredicate().equals(Itsrdf.TA_IDENT_REF) && !links.isExternal(s)
                    && neighbours.putIfAbsent(s, name(g, t.getPredicate(), lang)) == null)
                inverse.put(s, true);
        });
        if (neighbours.isEmpty())
            return null;
        List<NeighbourhoodDrawing.Neighbour> drawn = new ArrayList<>();
        neighbours.forEach((n, property) -> {
            String label = name(g, n, lang);
            drawn.add(new NeighbourhoodDrawing.Neighbour(label, links.href(n),
                    inverse.containsKey(n) ? label + " → " + property : property + " → " + label));
        });
        return NeighbourhoodDrawing.draw(name(g, self, lang), drawn);
    }

    private Map<String, Object> link(Graph g, Node n, String lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", n.isURI() ? name(g, n, lang) : "(blank node)");
        if (n.isURI()) {
            m.put("href", links.href(n));
            m.put("iri", n.getURI());
        }
        return m;
    }

    private Map<String, Object> value(Graph g, Node v, String lang) {
        if (!v.isLiteral())
            return link(g, v, lang);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("literal", true);
        m.put("label", Segments.shorten(v.getLiteralLexicalForm(), 600));
        String l = v.getLiteralLanguage();
        if (l != null && !l.isEmpty())
            m.put("valueLang", l);
        else if (!v.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI()))
            m.put("datatype", prefixed(org.apache.jena.graph.NodeFactory.createURI(v.getLiteralDatatypeURI())));
        return m;
    }

    /** The name of a node for a reader: its label in their language, else a readable local name. */
    private String name(Graph g, Node n, String lang) {
        if (!n.isURI())
            return n.isLiteral() ? n.getLiteralLexicalForm() : "(blank node)";
        return Labels.literal(g, n, NAMES, lang).map(s -> Segments.shorten(s, 200))
                .orElseGet(() -> links.isExternal(n) ? prefixed(n) : Labels.localName(n.getURI()));
    }

    private String prefixed(Node n) {
        return prefixes.abbreviate(n.getURI());
    }

    static String externalName(String iri) {
        if (iri.startsWith("http://www.wikidata.org/entity/"))
            return "Wikidata " + iri.substring("http://www.wikidata.org/entity/".length());
        if (iri.startsWith("http://eurovoc.europa.eu/"))
            return "EuroVoc " + iri.substring("http://eurovoc.europa.eu/".length());
        return iri.replaceFirst("^https?://", "");
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).nextOptional();
    }

    private static long begin(Graph g, Node s) { return number(g, s, Nif.BEGIN_INDEX); }

    private static long number(Graph g, Node s, Node p) {
        return literal(g, s, p).map(v -> {
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }).orElse(Long.MAX_VALUE);
    }
}
