package no.eukg.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;

import no.eukg.Publisher;
import no.eukg.graph.LocalStore;
import no.eukg.graph.Namespace;
import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;
import no.eukg.graph.Store;
import no.eukg.web.Limits;
import no.eukg.web.ServerConfig;

/** The publisher started in this JVM on a free port, over a project folder or any store. */
public final class TestServer implements AutoCloseable {
    private final FusekiServer server;
    private final Store store;
    private final ServerConfig config;

    private final Namespace namespace;

    private TestServer(ServerConfig config, Store store, Path project) {
        this.config = Objects.requireNonNull(config, "config");
        this.store = Objects.requireNonNull(store, "store");
        this.namespace = new ProjectFiles(project).namespace();
        this.server = Publisher.build(config, store, new ProjectFiles(project)).start();
    }

    /** The tiny fixture project under src/test/resources/projects/tiny. */
    public static Path tinyProject() {
        return Path.of("src/test/resources/projects/tiny");
    }

    /** The project this repository publishes. */
    public static Path shippedProject() {
        return Path.of(".");
    }

    public static TestServer over(Path project, Duration timeout) {
        return over(project, timeout, Limits.defaults());
    }

    public static TestServer over(Path project, Duration timeout, Limits limits) {
        int port = Ports.free();
        String base = "http://localhost:" + port + "/";
        Store store = new LocalStore(ProjectGraph.load(new ProjectFiles(project)), "mem", () -> { });
        return new TestServer(new ServerConfig("127.0.0.1", port, base, timeout, limits), store, project);
    }

    public static TestServer over(Store store, Duration timeout) {
        return over(store, timeout, Ports.free());
    }

    public static TestServer over(Store store, Duration timeout, int port) {
        return new TestServer(new ServerConfig("127.0.0.1", port, "http://localhost:" + port + "/", timeout), store, tinyProject());
    }

    /** A server over any store (a remote one, say) with the canned queries of {@code project}. */
    public static TestServer over(Store store, Path project, Duration timeout) {
        int port = Ports.free();
        return new TestServer(new ServerConfig("127.0.0.1", port, "http://localhost:" + port + "/", timeout), store, project);
    }

    public static TestServer over(Store store, Duration timeout, Limits limits) {
        int port = Ports.free();
        return new TestServer(new ServerConfig("127.0.0.1", port, "http://localhost:" + port + "/", timeout, limits), store, tinyProject());
    }

    /**
     * A server deployed behind a proxy: its IRIs and links use {@code publicBase} (e.g.
     * {@code https://kg.example.org/}) while it listens on a free local port.
     */
    public static TestServer behindProxy(Path project, String publicBase, Duration timeout) {
        int port = Ports.free();
        Store store = new LocalStore(ProjectGraph.load(new ProjectFiles(project)), "mem", () -> { });
        return new TestServer(new ServerConfig("127.0.0.1", port, publicBase, timeout), store, project);
    }

    /** A server over any store (a remote one, say) whose IRIs are under {@code publicBase}. */
    public static TestServer over(Store store, String publicBase, Duration timeout) {
        return new TestServer(new ServerConfig("127.0.0.1", Ports.free(), publicBase, timeout), store, tinyProject());
    }

    /** A server with SPARQL Update turned on at {@code /update} for one user. */
    public static TestServer withUpdates(Path project, Duration timeout, no.eukg.web.UpdateAccess access) {
        int port = Ports.free();
        String base = "http://localhost:" + port + "/";
        Store store = new LocalStore(ProjectGraph.load(new ProjectFiles(project)), "mem", () -> { });
        return new TestServer(new ServerConfig("127.0.0.1", port, base, timeout, Limits.defaults(),
                java.util.Optional.of(access)), store, project);
    }

    /** The local address of a path, whatever the public base is. */
    public String local(String path) {
        return "http://localhost:" + config.port() + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Where the server is reachable: links and redirects are on it. */
    public String base() { return config.base(); }

    /** The canonical namespace of the project it serves: the graph's IRIs are under it, whatever the base. */
    public String ns() { return namespace.iri(); }
    public String url(String path) { return config.base() + (path.startsWith("/") ? path.substring(1) : path); }
    public Store store() { return store; }

    /** The address it listens on, whatever its public base. */
    public String localUrl(String path) {
        return "http://localhost:" + config.port() + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
