package no.eukg.web;

import java.util.Objects;

import no.eukg.graph.DatasetVersion;
import no.eukg.graph.Store;

/**
 * What every path family is given: the server's configuration (its public base above all), the
 * store to query, the HTML templates, and the dataset's version (for ETags and Last-Modified).
 */
public record Site(ServerConfig config, Store store, Templates templates, DatasetVersion version) {
    public Site {
        Objects.requireNonNull(version, "version");
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
