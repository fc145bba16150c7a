package no.eukg.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;

import no.eukg.graph.LocalStore;
import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;
import no.eukg.graph.Store;
import no.eukg.web.Limits;
import no.eukg.web.ServerConfig;
import no.eukg.Publisher;

/** The publisher started in this JVM on a free port, over a project folder or any store. */
public final class TestServer implements AutoCloseable {
    private final FusekiServer server;
    private final Store store;
    private final ServerConfig config;

    private TestServer(ServerConfig config, Store store, Path project) {
        this.config = Objects.requireNonNull(config, "config");
        this.store = Objects.requireNonNull(store, "store");
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
        Store store = new LocalStore(ProjectGraph.load(new ProjectFiles(project), base), "mem", () -> { });
        return new TestServer(new ServerConfig("127.0.0.1", port, base, timeout, limits), store, project);
    }

    public static TestServer over(Store store, Duration timeout) {
        return over(store, timeout, Ports.free());
    }

    public static TestServer over(Store store, Duration timeout, int port) {
        return new TestServer(new ServerConfig("127.0.0.1", port, "http://localhost:" + port + "/", timeout), store, tinyProject());
    }

    public static TestServer over(Store store, Duration timeout, Limits limits) {
        int port = Ports.free();
        return new TestServer(new ServerConfig("127.0.0.1", port, "http://localhost:" + port + "/", timeout, limits), store, tinyProject());
    }

    public String base() { return config.base(); }
    public String url(String path) { return config.base() + (path.startsWith("/") ? path.substring(1) : path); }
    public Store store() { return store; }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
