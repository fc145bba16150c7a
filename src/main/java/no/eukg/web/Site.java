package no.eukg.web;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import no.eukg.graph.DatasetVersion;
import no.eukg.graph.Namespace;
import no.eukg.graph.Store;

/**
 * What every path family is given: the server's configuration (its public base above all), the
 * graph's canonical namespace, the store to query, the HTML templates, the dataset's version
 * (for ETags and Last-Modified), the one gate every query evaluation passes, and the one cache
 * of rendered responses.
 */
public record Site(ServerConfig config, Namespace namespace, Store store, Templates templates, AtomicReference<DatasetVersion> versions,
                   QueryGate gate, ResponseCache responses) {
    public Site {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(versions.get(), "version");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(templates, "templates");
    }

    /** A site whose dataset starts at {@code version}, with a gate of the configured size and a cache of the default size. */
    public Site(ServerConfig config, Namespace namespace, Store store, Templates templates, DatasetVersion version) {
        this(config, namespace, store, templates, new AtomicReference<>(version),
                new QueryGate(config.limits()), new ResponseCache(ResponseCache.DEFAULT_BYTES));
    }

    /**
     * The version of the data now. It never changes while the graph is read-only; a deployment
     * that turned updates on gets a new version after each update, which changes every ETag.
     */
    public DatasetVersion version() { return versions.get(); }

    /**
     * Where this server is reachable, ending in {@code /}: every link and redirect is on it. It
     * names nothing in the graph; the graph's IRIs are under {@link #namespace()}.
     */
    public String base() { return config.base(); }

    /**
     * This server's copy of a canonical IRI ({@code <namespace>id/norway} is {@code <base>id/norway}),
     * so that a reader browsing this server stays on it; an IRI the graph does not mint is itself.
     */
    public String localCopy(String iri) {
        return namespace.copyOn(config.base(), iri);
    }

    /** A public link to a path of this server ({@code path} without a leading slash or with one). */
    public String link(String path) {
        return config.base() + (path.startsWith("/") ? path.substring(1) : path);
    }
}
