package no.eukg.web.linked;

import no.eukg.web.QueryLink;
import no.eukg.web.Templates;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@code home} template shows: what the dataset is and how big, its canned queries, a
 * few resources to start from, the classes in use, and where everything else is.
 *
 * @param sourcePage the web page the graph was modelled from, if known
 * @param examples resources to start browsing from
 * @param classes the ontology's classes the data uses, most used first
 * @param jsonLd the schema.org {@code Dataset} as JSON-LD, already safe inside a script element
 *               ({@link no.eukg.linked.DatasetMarkup}); the layout writes it unescaped
 */
record HomeView(String title, String lang, String description, String rights, Optional<String> sourcePage,
        List<Count> counts, List<QueryEntry> queries, List<Link> examples, List<ClassUse> classes, SiteLinks links,
        String jsonLd) implements Templates.Localized {
    HomeView {
        Objects.requireNonNull(jsonLd, "jsonLd");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(rights, "rights");
        Objects.requireNonNull(sourcePage, "sourcePage");
        Objects.requireNonNull(links, "links");
        counts = List.copyOf(counts);
        queries = List.copyOf(queries);
        examples = List.copyOf(examples);
        classes = List.copyOf(classes);
    }

    /** The page's heading is the dataset's title. */
    String heading() { return title; }

    boolean hasQueries() { return !queries.isEmpty(); }

    /** The queries by topic, topics in alphabetical order, as the catalogue groups them. */
    List<QueryTopic> queryTopics() {
        return QueryLink.byTopic(queries, QueryEntry::topic).entrySet().stream()
                .map(t -> new QueryTopic(t.getKey(), t.getValue())).toList();
    }

    /** The queries about one topic. */
    record QueryTopic(String topic, List<QueryEntry> queries) {
        QueryTopic {
            queries = List.copyOf(queries);
        }
    }

    boolean hasExamples() { return !examples.isEmpty(); }

    boolean hasClasses() { return !classes.isEmpty(); }

    /**
     * One of the dataset's sizes.
     *
     * @param n formatted with thousands separators
     * @param what e.g. {@code triples}
     */
    record Count(String n, String what) {
        Count {
            Objects.requireNonNull(n, "n");
            Objects.requireNonNull(what, "what");
        }
    }

    /**
     * A canned query, linked to its page in the Web API.
     *
     * @param description may be empty
     */
    record QueryEntry(String name, String summary, String description, String href, String topic) {
        QueryEntry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(href, "href");
        }
    }

    /** A class of the ontology and how many resources have it. */
    record ClassUse(String label, String href, long uses) {
        ClassUse {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(href, "href");
        }
    }

    /**
     * Where the site's other parts are, on this server.
     *
     * @param datasetDescription the VoID and DCAT description ({@code void} would be a keyword here)
     */
    record SiteLinks(String sparql, String dumps, String explore, String ontology, String source, String datasetDescription,
            String queries, String search) {
        SiteLinks {
            Objects.requireNonNull(sparql, "sparql");
            Objects.requireNonNull(dumps, "dumps");
            Objects.requireNonNull(explore, "explore");
            Objects.requireNonNull(ontology, "ontology");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(datasetDescription, "datasetDescription");
            Objects.requireNonNull(queries, "queries");
            Objects.requireNonNull(search, "search");
        }
    }
}
