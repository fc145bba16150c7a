package no.eukg.web.linked;

import no.eukg.web.Templates;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import no.eukg.web.linked.Segments.Segment;

/**
 * What the {@code resource} template shows of one resource (built by {@link ResourcePage}). The
 * {@code hasXs()} methods are there because Mustache treats an empty list as false but cannot
 * test a list for content without repeating its section, so a heading needs a flag of its own.
 *
 * @param lang the page's language
 * @param description the resource's description in that language, if it has one
 * @param languageSwitch the link to the page in the other language
 * @param factsShown when the provenance of some of the resource's facts was left out: how many are shown
 * @param incomingShown incoming links on the page
 * @param incomingTotal incoming links there are
 * @param incomingAll the page with every incoming link, when some were left out
 * @param mentions the sentences that mention the resource
 * @param statements when the resource is a fact: the statements of its named graph
 * @param external links to the same or a similar thing elsewhere (Wikidata, EuroVoc)
 * @param neighbourhood the picture of the direct neighbours, when there are any
 * @param queryLinks where to query further
 * @param dataLinks this description in every RDF syntax
 * @param sourceLink where the resource (the text, or one sentence) stands in the source text
 * @param jsonLd the resource's own description as JSON-LD for search engines, already safe inside a
 *               script element ({@link no.eukg.linked.DatasetMarkup#resourceScript}); the layout writes it unescaped
 */
record ResourceView(String label, String lang, String iri, Optional<String> description, List<String> altLabels,
        List<NodeView> types, LanguageSwitch languageSwitch, List<Relation> outgoing, Optional<FactsShown> factsShown, List<Relation> incoming,
        long incomingShown, long incomingTotal, Optional<String> incomingAll, List<Quote> mentions,
        List<Statement> statements, List<ExternalLink> external, Optional<NeighbourhoodDrawing.Picture> neighbourhood,
        List<NamedLink> queryLinks, List<FormatLink> dataLinks, Optional<String> sourceLink,
        Optional<String> jsonLd) implements Templates.Localized {
    ResourceView {
        Objects.requireNonNull(jsonLd, "jsonLd");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(languageSwitch, "languageSwitch");
        Objects.requireNonNull(incomingAll, "incomingAll");
        Objects.requireNonNull(factsShown, "factsShown");
        Objects.requireNonNull(neighbourhood, "neighbourhood");
        Objects.requireNonNull(sourceLink, "sourceLink");
        altLabels = List.copyOf(altLabels);
        types = List.copyOf(types);
        outgoing = List.copyOf(outgoing);
        incoming = List.copyOf(incoming);
        mentions = List.copyOf(mentions);
        statements = List.copyOf(statements);
        external = List.copyOf(external);
        queryLinks = List.copyOf(queryLinks);
        dataLinks = List.copyOf(dataLinks);
    }

    /** The view without JSON-LD, which {@link #withJsonLd} adds. */
    ResourceView(String label, String lang, String iri, Optional<String> description, List<String> altLabels,
            List<NodeView> types, LanguageSwitch languageSwitch, List<Relation> outgoing, Optional<FactsShown> factsShown, List<Relation> incoming,
            long incomingShown, long incomingTotal, Optional<String> incomingAll, List<Quote> mentions,
            List<Statement> statements, List<ExternalLink> external, Optional<NeighbourhoodDrawing.Picture> neighbourhood,
            List<NamedLink> queryLinks, List<FormatLink> dataLinks, Optional<String> sourceLink) {
        this(label, lang, iri, description, altLabels, types, languageSwitch, outgoing, factsShown, incoming, incomingShown, incomingTotal,
                incomingAll, mentions, statements, external, neighbourhood, queryLinks, dataLinks, sourceLink, Optional.empty());
    }

    /** The same view carrying {@code script}: JSON-LD already safe inside a script element. */
    ResourceView withJsonLd(String script) {
        return new ResourceView(label, lang, iri, description, altLabels, types, languageSwitch, outgoing, factsShown, incoming, incomingShown,
                incomingTotal, incomingAll, mentions, statements, external, neighbourhood, queryLinks, dataLinks, sourceLink,
                Optional.of(script));
    }

    /** The page's own words (headings, counts, tags) in its language. */
    PageWords words() { return PageWords.of(lang); }

    /** The page's title in the layout. */
    String title() { return label; }

    /** The layout's {@code <link rel="alternate">}s: the same as the data links. */
    List<FormatLink> alternates() { return dataLinks; }

    boolean hasAltLabels() { return !altLabels.isEmpty(); }

    boolean hasTypes() { return !types.isEmpty(); }

    boolean hasOutgoing() { return !outgoing.isEmpty(); }

    boolean hasIncoming() { return !incoming.isEmpty(); }

    boolean hasMentions() { return !mentions.isEmpty(); }

    boolean hasStatements() { return !statements.isEmpty(); }

    boolean hasExternal() { return !external.isEmpty(); }

    /**
     * The same page in the other language.
     *
     * @param name the other language's name, e.g. {@code Norsk (bokmål)}
     * @param label the resource's label in it; empty when it has none in that language (a
     *              sentence of the English source), rather than its English name under the Norwegian link
     */
    record LanguageSwitch(String href, String lang, String name, Optional<String> label) {
        LanguageSwitch {
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(lang, "lang");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(label, "label");
        }
    }

    /** The values of one property, outgoing ({@code property} of them) or incoming (they are {@code property} of it). */
    record Relation(NodeView property, List<RelationValue> values) {
        Relation {
            Objects.requireNonNull(property, "property");
            values = List.copyOf(values);
        }
    }

    /**
     * One value of a relation, with the facts that state it.
     *
     * @param asserted whether the default (truthy) graph holds the statement; a fact of intent's is only in its named graph
     */
    record RelationValue(NodeView node, boolean asserted, List<Fact> facts) {
        RelationValue {
            Objects.requireNonNull(node, "node");
            facts = List.copyOf(facts);
        }

        // The template reads the node's fields on the value itself; without these, a name the
        // value lacks would resolve in an enclosing scope (the page's own label).
        String label() { return node.label(); }

        Optional<String> href() { return node.href(); }

        boolean literal() { return node.literal(); }

        Optional<String> valueLang() { return node.valueLang(); }

        Optional<String> datatype() { return node.datatype(); }

        boolean hasFacts() { return !facts.isEmpty(); }
    }

    /**
     * A fact (a named graph) that states a relation.
     *
     * @param href the fact's page
     * @param modality e.g. planned, ongoing; a fact need not say
     * @param sentences the sentences it was taken from, in the order of the text
     */
    record Fact(String href, Optional<String> modality, List<FactDate> dates, List<Quote> sentences) {
        Fact {
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(modality, "modality");
            dates = List.copyOf(dates);
            sentences = List.copyOf(sentences);
        }
    }

    /** A date a fact gives, e.g. {@code start date 2015}. */
    record FactDate(String property, String value) {
        FactDate {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * One sentence quoted, the mentions of the resource marked.
     *
     * @param id the sentence's local name, e.g. {@code s2}, which is also its anchor in the source text
     * @param href the sentence in the source text
     */
    record Quote(String id, String href, List<Segment> segments) {
        Quote {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(href, "href");
            segments = List.copyOf(segments);
        }
    }

    /** One statement of a fact's named graph. */
    record Statement(NodeView subject, NodeView property, NodeView object) {
        Statement {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(object, "object");
        }
    }

    /**
     * A link to the same or a similar thing elsewhere.
     *
     * @param name e.g. {@code Wikidata Q20}
     * @param relation the property, prefixed, e.g. {@code owl:sameAs}
     */
    record ExternalLink(String href, String name, String relation) {
        ExternalLink {
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(relation, "relation");
        }
    }

    /** A link that says where it goes. */
    /**
     * How many of a resource's facts the page gives with their sources, when not all.
     *
     * @param all the page with the sources of all of them (up to {@link no.eukg.linked.Describer#INCOMING_MAX})
     */
    record FactsShown(long shown, long total, String all) { }

    record NamedLink(String name, String href) {
        NamedLink {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(href, "href");
        }
    }
}
