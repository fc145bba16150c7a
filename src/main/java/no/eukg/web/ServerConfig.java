package no.eukg.web;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server runs: where it listens, the public base it is reached at and the query time budget.
 *
 * @param host       the interface to bind ({@code 127.0.0.1} keeps it private to the machine)
 * @param port       the port; 0 lets the system choose one when the server binds its socket
 *                   (see {@link ListeningSocket}), after which the server runs on {@link #on}
 * @param publicBase where the server is reachable when that is not this machine's own address
 *                   (behind a proxy), ending in {@code /}; empty: {@code http://localhost:PORT/}
 * @param timeout    how long one query may run before it is stopped
 * @param limits     what one client may ask
 * @param update     who may send SPARQL Update to {@code /update}; empty (the default) keeps the
 *                   graph read-only
 */
public record ServerConfig(String host, int port, Optional<String> publicBase, Duration timeout, Limits limits,
                           Optional<UpdateAccess> update) {
    public ServerConfig {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(publicBase, "publicBase");
        Objects.requireNonNull(timeout, "timeout");
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("port out of range: " + port);
        if (publicBase.isPresent() && !publicBase.get().endsWith("/"))
            throw new IllegalArgumentException("the base IRI must end with '/': " + publicBase.get());
    }

    /** A read-only configuration with the default {@link Limits}. */
    public ServerConfig(String host, int port, Optional<String> publicBase, Duration timeout) {
        this(host, port, publicBase, timeout, Limits.defaults());
    }

    /** A read-only configuration. */
    public ServerConfig(String host, int port, Optional<String> publicBase, Duration timeout, Limits limits) {
        this(host, port, publicBase, timeout, limits, Optional.empty());
    }

    /**
     * Where the server is reachable, ending in {@code /}: links and redirects use it; the graph's
     * own IRIs are under its canonical namespace, not under this. Without a public base it is
     * this machine's address on the bound port: {@code localhost} rather than the host, because
     * a wildcard host ({@code 0.0.0.0}) is no address a link can point to.
     *
     * @throws IllegalStateException on port 0 without a public base: the port, and so the base,
     *                               is known only once the socket is bound ({@link #on})
     */
    public String base() {
        if (publicBase.isPresent())
            return publicBase.get();
        if (port == 0)
            throw new IllegalStateException("port 0 has no base until the server's socket is bound");
        return "http://localhost:" + port + "/";
    }

    /**
     * This configuration once the server's socket is bound to {@code boundPort}: port 0 becomes
     * the port the system chose, and the default base follows it.
     */
    public ServerConfig on(int boundPort) {
        if (boundPort <= 0 || port != 0 && port != boundPort)
            throw new IllegalArgumentException("a server configured for port " + port + " cannot be bound to " + boundPort);
        return new ServerConfig(host, boundPort, publicBase, timeout, limits, update);
    }

    /** The SPARQL endpoint's public address. */
    public String sparqlEndpoint() { return base() + "sparql"; }
}
