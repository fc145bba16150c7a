package no.eukg.web;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import no.eukg.graph.DatasetVersion;
import no.eukg.graph.Store;

/**
 * What every path family is given: the server's configuration (its public base above all), the
 * store to query, the HTML templates, and the dataset's version (for ETags and Last-Modified).
 */
public record Site(ServerConfig config, Store store, Templates templates, AtomicReference<DatasetVersion> versions) {
    public Site {
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(versions.get(), "version");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(templates, "templates");
    }

    /** A site whose dataset starts at {@code version}. */
    public Site(ServerConfig config, Store store, Templates templates, DatasetVersion version) {
        this(config, store, templates, new AtomicReference<>(version));
    }

    /**
     * The version of the data now. It never changes while the graph is read-only; a deployment
     * that turned updates on gets a new version after each update, which changes every ETag.
     */
    public DatasetVersion version() { return versions.get(); }

    /** The public base IRI, ending in {@code /}. */
    public String base() { return config.base(); }

    /** A public link to a path of this server ({@code path} without a leading slash or with one). */
    public String link(String path) {
        return config.base() + (path.startsWith("/") ? path.substring(1) : path);
    }
}
