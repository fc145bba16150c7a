package no.eukg.web.api;

import java.util.List;
import java.util.Objects;

import no.eukg.web.QueryLink;

/**
 * The view models of the canned-query pages, one record for each thing a template shows
 * ({@code queries}, {@code query-run}, {@code query-form}, {@code api-docs}); Mustache reads
 * their components by name.
 */
final class QueryViews {
    private QueryViews() { }

    /** A link to the same content in another format, for {@code <link rel="alternate">} and the format list. */
    record Alternate(String type, String href, String ext) { }

    /** {@code /api/queries} as HTML: every query with its form. */
    record Catalogue(List<Entry> queries, String openapi, String docs, List<Alternate> alternates) {
        Catalogue {
            queries = List.copyOf(queries);
            alternates = List.copyOf(alternates);
        }

        String title() { return "Canned queries"; }

        int count() { return queries.size(); }

        /** The queries by topic, the topics in alphabetical order, each topic's queries by name. */
        List<Group> groups() {
            return QueryLink.byTopic(queries, e -> e.query().topic()).entrySet().stream()
                    .map(t -> new Group(t.getKey(), t.getValue())).toList();
        }
    }

    /** The queries about one topic. */
    record Group(String topic, List<Entry> entries) {
        Group {
            entries = List.copyOf(entries);
        }
    }

    /** One query in the catalogue: its description and a form to run it. */
    record Entry(QueryDescription query, Form form) { }

    /** The form that runs a query in the browser, filled with the values of a run. */
    record Form(String id, String action, List<Field> fields, boolean rows, boolean provenance) {
        Form {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One input of a form: a select when the values are restricted, else a text input.
     *
     * @param options the allowed values, or null for a text input
     */
    record Field(String id, String name, String label, boolean required, String placeholder, String value, List<Option> options) {
        boolean select() { return options != null; }
    }

    record Option(String value, boolean selected) { }

    /**
     * A run of a query as HTML: exactly one of a table (SELECT, CONSTRUCT, DESCRIBE), an answer
     * (ASK) and a problem (the request could not be run, say a required parameter is missing:
     * the page then shows why above the form, to be filled in and sent again).
     */
    record Run(QueryDescription query, String catalogue, Form form, int page, List<Alternate> alternates, Table table, Answer answer,
               String problem) {
        Run {
            Objects.requireNonNull(query, "query");
            alternates = List.copyOf(alternates);
            if ((table != null ? 1 : 0) + (answer != null ? 1 : 0) + (problem != null ? 1 : 0) != 1)
                throw new IllegalArgumentException("a run shows a table, an answer or a problem");
        }

        String title() { return query.title(); }
    }

    /** The answer of an ASK query. */
    record Answer(boolean value) {
        String text() { return value ? "yes" : "no"; }
    }

    /**
     * Rows of results, with the navigation between pages when the query is paged.
     *
     * @param nav null when the query is not paged
     */
    record Table(List<String> columns, List<Row> rows, Nav nav) {
        Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        boolean empty() { return rows.isEmpty(); }

        int count() { return rows.size(); }
    }

    /**
     * One row; with provenance asked for, the source sentences behind it.
     *
     * @param sentences null when provenance was not asked for
     */
    record Row(List<Cell> cells, List<Sentence> sentences) {
        boolean hasProvenance() { return sentences != null; }
    }

    /**
     * A table cell.
     *
     * @param href a link for an IRI (its copy on this server), else null
     * @param note a literal's language or datatype, else null
     */
    record Cell(String text, String href, String note) { }

    /** A source sentence behind a row. */
    record Sentence(String href, String label, String text) { }

    /** Links to the first, previous and next pages; prev and next null where there is none. */
    record Nav(String first, String prev, String next) { }

    /** {@code /api/}: swagger-ui over the OpenAPI document. */
    record ApiDocs(String spec, String catalogue) {
        String title() { return "API"; }
    }
}
