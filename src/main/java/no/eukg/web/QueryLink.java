package no.eukg.web;

import java.util.List;
import java.util.Objects;

/**
 * A canned query as other pages link to it: the home page lists these, resource pages offer the
 * ones that take an entity. The query catalogue supplies them; this record keeps the pages free
 * of the catalogue's own types.
 *
 * @param name        the operation name, {@code /api/queries/{name}}
 * @param summary     one line
 * @param description a paragraph, may be empty
 * @param topic       what it is about ({@code QueryHeader#topic}), to group it by
 */
public record QueryLink(String name, String summary, String description, String topic) {
    public QueryLink {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
    }

    /**
     * Things about canned queries grouped by the queries' topics, the topics in alphabetical
     * order and each group in the order given: how the home page, the catalogue and the API
     * documentation list them.
     */
    public static <T> java.util.SortedMap<String, List<T>> byTopic(List<T> items, java.util.function.Function<T, String> topic) {
        java.util.SortedMap<String, List<T>> groups = new java.util.TreeMap<>();
        for (T item : items)
            groups.computeIfAbsent(topic.apply(item), t -> new java.util.ArrayList<>()).add(item);
        return groups;
    }
}
