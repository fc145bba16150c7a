package no.eukg.web.linked;

import no.eukg.web.Templates;

import java.util.List;
import java.util.Objects;

/**
 * What the {@code search} template shows: the words searched for and the labels that matched,
 * best first.
 *
 * @param json the same search as JSON
 */
record SearchView(String lang, String query, List<Result> results, String json) implements Templates.Localized {
    SearchView {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(json, "json");
        results = List.copyOf(results);
    }

    String title() { return "Search: " + query; }

    boolean hasResults() { return !results.isEmpty(); }

    /**
     * One resource found.
     *
     * @param label the label that matched
     * @param labelLang its language
     */
    record Result(String href, String label, String labelLang, String iri) {
        Result {
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(labelLang, "labelLang");
            Objects.requireNonNull(iri, "iri");
        }
    }
}
