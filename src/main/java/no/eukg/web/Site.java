package no.eukg.web;

import java.util.Objects;

import no.eukg.graph.Store;

/**
 * What every path family is given: the server's configuration (its public base above all), the
 * store to query, and the HTML templates.
 */
public record Site(ServerConfig config, Store store, Templates templates) {
    public Site {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(templates, "templates");
    }

    /** The public base IRI, ending in {@code /}. */
    public String base() { return config.base(); }

    /** A public link to a path of this server ({@code path} without a leading slash or with one). */
    public String link(String path) {
        return config.base() + (path.startsWith("/") ? path.substring(1) : path);
    }
}
