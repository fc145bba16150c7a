package no.eukg.web.linked;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import no.eukg.export.Prefixes;
import no.eukg.export.RdfSyntax;
import no.eukg.linked.Description;
import no.eukg.linked.Labels;
import no.eukg.vocab.Nif;
import no.eukg.web.QueryLink;
import no.eukg.web.linked.ResourceView.LanguageSwitch;
import no.eukg.web.linked.ResourceView.NamedLink;
import no.eukg.web.linked.ResourceView.Relation;
import no.eukg.web.linked.ResourceView.Statement;

/**
 * Builds the view of one resource's {@link Description} for its HTML page: label and description
 * in the reader's language, types, facts grouped by relation with the sentences they came from
 * ({@link Relations}), the mentions of the resource in the text ({@link SentenceQuotes}), external
 * links, a picture of the direct neighbourhood ({@link NeighbourhoodDrawing}), and links to query
 * further. Only data goes to the template; the template escapes it.
 */
final class ResourcePage {
    /** Canned queries that take any resource's IRI, by name, with the parameter that carries it. */
    private static final Map<String, String> ENTITY_QUERIES = Map.of("entity-neighbourhood", "entity");
    /** Canned queries that take a fact's IRI. */
    private static final Map<String, String> FACT_QUERIES = Map.of("fact-sources", "fact");

    private final Links links;
    private final List<QueryLink> queries;
    private final NodeViews names;
    private final SentenceQuotes quotes;
    private final Relations relations;
    private final NeighbourhoodDrawing neighbourhood;
    private final Node factClass;

    ResourcePage(Links links, Prefixes prefixes, List<QueryLink> queries) {
        this.links = Objects.requireNonNull(links, "links");
        this.queries = List.copyOf(queries);
        this.names = new NodeViews(links, prefixes);
        this.quotes = new SentenceQuotes(links);
        this.relations = new Relations(links, names, quotes);
        this.neighbourhood = new NeighbourhoodDrawing(links, names);
        this.factClass = NodeFactory.createURI(links.namespace().ontologyTerms() + "Fact");
    }

    /**
     * @param vocabulary the ontology, for the inverse labels of the properties that refer to the resource
     * @param local the resource's path under {@code id/}
     * @param allIncoming whether the description holds every incoming link ({@code ?incoming=all})
     */
    ResourceView model(Description d, Graph vocabulary, String local, String lang, boolean allIncoming) {
        Graph g = d.graph();
        Node self = d.resource();
        List<String> altLabels = g.find(self, SKOS.altLabel.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).toSet().stream().sorted().toList();
        List<NodeView> types = g.find(self, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList().stream()
                .map(t -> names.link(g, t, lang)).sorted(Comparator.comparing(NodeView::label)).toList();
        List<Relation> incoming = relations.incoming(d, vocabulary, lang);
        // The counts are the default graph's; links only facts of intent make are all shown, on top.
        long unasserted = incoming.stream().flatMap(group -> group.values().stream()).filter(v -> !v.asserted()).count();
        Optional<String> incomingAll = d.incomingTruncated()
                ? Optional.of(links.page(local) + "?incoming=all" + ("nb".equals(lang) ? "&lang=nb" : "")) : Optional.empty();
        List<Statement> statements = statements(d, lang);
        Optional<ResourceView.FactsShown> factsShown = d.factsTruncated()
                ? Optional.of(new ResourceView.FactsShown(d.factsShown(), d.facts(),
                        links.page(local) + "?incoming=all" + ("nb".equals(lang) ? "&lang=nb" : "")))
                : Optional.empty();
        return new ResourceView(title(g, self, statements, lang), lang, self.getURI(),
                Labels.literal(g, self, Labels.DESCRIPTION, lang), altLabels, types, languageSwitch(g, self, local, lang, allIncoming),
                relations.outgoing(d, lang), factsShown, incoming, d.incomingShown() + unasserted, d.incoming() + unasserted, incomingAll,
                quotes.mentions(g, self), statements, relations.external(g, self), neighbourhood.picture(d, lang),
                queryLinks(d, local), dataLinks(local), sourceLink(g, self));
    }

    private LanguageSwitch languageSwitch(Graph g, Node self, String local, String lang, boolean allIncoming) {
        String other = PageLanguage.other(lang);
        Optional<String> label = Labels.NAME.stream()
                .flatMap(p -> g.find(self, p, Node.ANY).toList().stream())
                .map(Triple::getObject)
                .filter(o -> o.isLiteral() && other.equalsIgnoreCase(o.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).sorted().findFirst();
        return new LanguageSwitch(links.page(local) + "?lang=" + other + (allIncoming ? "&incoming=all" : ""), other,
                PageLanguage.name(other), label);
    }

    /**
     * The page's heading: the resource's label; for a fact, which has none, what it states ("Norway
     * cooperates with European Union"), not the slug of its IRI.
     */
    private String title(Graph g, Node self, List<Statement> statements, String lang) {
        if (statements.isEmpty() || Labels.literal(g, self, Labels.NAME, lang).isPresent())
            return names.name(g, self, lang);
        String first = statements.stream()
                .sorted(Comparator.comparing((Statement st) -> st.subject().label()).thenComparing(st -> st.property().label()))
                .map(st -> st.subject().label() + " " + st.property().label() + " " + st.object().label())
                .findFirst().orElseThrow();
        return Segments.shorten(statements.size() == 1 ? first : first + " (+" + (statements.size() - 1) + ")", 160);
    }

    /** When the resource is a fact: the statements of its named graph. */
    private List<Statement> statements(Description d, String lang) {
        Graph g = d.graph();
        return d.quads().stream().filter(q -> q.getGraph().equals(d.resource()))
                .map(q -> new Statement(names.value(g, q.getSubject(), lang), names.link(g, q.getPredicate(), lang),
                        names.value(g, q.getObject(), lang))).toList();
    }

    private List<NamedLink> queryLinks(Description d, String local) {
        List<NamedLink> list = new ArrayList<>();
        list.add(new NamedLink("DESCRIBE in the SPARQL endpoint", links.sparqlDescribe(d.resource())));
        if (d.incomingTruncated())
            list.add(new NamedLink("All " + d.incoming() + " incoming links", links.page(local) + "?incoming=all"));
        boolean fact = d.graph().contains(d.resource(), RDF.type.asNode(), factClass);
        for (QueryLink q : queries) {
            String parameter = ENTITY_QUERIES.get(q.name());
            if (parameter == null && fact)
                parameter = FACT_QUERIES.get(q.name());
            if (parameter != null)
                list.add(new NamedLink("Canned query: " + q.summary(), links.cannedQuery(q.name(), parameter, d.resource())));
        }
        return list;
    }

    private List<FormatLink> dataLinks(String local) {
        List<FormatLink> list = new ArrayList<>();
        for (RdfSyntax s : RdfSyntax.values())
            list.add(new FormatLink(s.displayName(), links.data(local, s), s.mediaType()));
        return list;
    }

    /** The source text itself, or a sentence's place in it; nothing for any other resource. */
    private Optional<String> sourceLink(Graph g, Node self) {
        if (g.contains(self, RDF.type.asNode(), Nif.SENTENCE))
            return Optional.of(links.to("source") + "#" + Labels.localName(self.getURI()));
        if (g.contains(self, RDF.type.asNode(), Nif.CONTEXT))
            return Optional.of(links.to("source"));
        return Optional.empty();
    }
}
