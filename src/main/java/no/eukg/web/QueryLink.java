package no.eukg.web;

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
}
