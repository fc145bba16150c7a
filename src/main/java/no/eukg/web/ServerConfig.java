package no.eukg.web;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server runs: where it listens, the public base it is reached at and the query time budget.
 *
 * @param host    the interface to bind ({@code 127.0.0.1} keeps it private to the machine)
 * @param port    the port; never 0 here (the command resolves 0 to a free port first)
 * @param base    where the server is reachable, ending in {@code /}: links and redirects use it;
 *                the graph's own IRIs are under its canonical namespace, not under this
 * @param timeout how long one query may run before it is stopped
 * @param limits  what one client may ask
 * @param update  who may send SPARQL Update to {@code /update}; empty (the default) keeps the
 *                graph read-only
 */
public record ServerConfig(String host, int port, String base, Duration timeout, Limits limits, Optional<UpdateAccess> update) {
    public ServerConfig {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(timeout, "timeout");
        if (port <= 0 || port > 65535)
            throw new IllegalArgumentException("port out of range: " + port);
        if (!base.endsWith("/"))
            throw new IllegalArgumentException("the base IRI must end with '/': " + base);
    }

    /** A read-only configuration with the default {@link Limits}. */
    public ServerConfig(String host, int port, String base, Duration timeout) {
        this(host, port, base, timeout, Limits.defaults());
    }

    /** A read-only configuration. */
    public ServerConfig(String host, int port, String base, Duration timeout, Limits limits) {
        this(host, port, base, timeout, limits, Optional.empty());
    }

    /** The SPARQL endpoint's public address. */
    public String sparqlEndpoint() { return base + "sparql"; }
}
