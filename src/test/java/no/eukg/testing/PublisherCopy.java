package no.eukg.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;

import no.eukg.Publisher;
import no.eukg.graph.ProjectFiles;
import no.eukg.graph.Store;
import no.eukg.web.ServerConfig;

/**
 * One copy of the publisher in a load balancer's pool: started in this JVM on port 0 over a store
 * of its own (a front to the one remote store all copies share), with the canned queries of a
 * project and the pool's public base, as every copy of a deployment is started with the same
 * {@code serve --store ... --project ... --base ...}. Copies so made answer the same request with
 * the same bytes; {@link TestServer} has no factory for a base and a project together.
 */
public final class PublisherCopy implements AutoCloseable {
    private static final String HOST = "127.0.0.1";
    private final FusekiServer server;
    private final Store store;

    private PublisherCopy(FusekiServer server, Store store) {
        this.server = Objects.requireNonNull(server, "server");
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * @param store      this copy's own store (each copy closes its own)
     * @param project    the folder whose {@code queries/} the copy serves
     * @param publicBase the pool's address, e.g. the cache's {@code http://127.0.0.1:PORT/}
     */
    public static PublisherCopy over(Store store, Path project, String publicBase, Duration timeout) {
        ServerConfig config = new ServerConfig(HOST, 0, Optional.of(publicBase), timeout);
        return new PublisherCopy(Publisher.build(config, store, new ProjectFiles(project)).start(), store);
    }

    /** The port the copy is bound to. */
    public int port() { return server.getHttpPort(); }

    /** The address the copy listens on, whatever the public base, e.g. {@code http://127.0.0.1:PORT/page/norway}. */
    public String local(String path) {
        return "http://" + HOST + ":" + port() + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
