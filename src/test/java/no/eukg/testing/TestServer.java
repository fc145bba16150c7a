package no.eukg.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;

import no.eukg.Publisher;
import no.eukg.graph.LocalStore;
import no.eukg.graph.Namespace;
import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;
import no.eukg.graph.RemoteStore;
import no.eukg.graph.Store;
import no.eukg.web.Limits;
import no.eukg.web.ServerConfig;
import no.eukg.web.UpdateAccess;

/**
 * The publisher started in this JVM on port 0, over a project folder or any store: the server
 * binds a port the system chooses and keeps it, so parallel tests never race for one; its real
 * port and base are read once it is bound.
 */
public final class TestServer implements AutoCloseable {
    private static final String HOST = "127.0.0.1";
    /** Fuseki's request counters of the {@code /sparql} query service; group 1 is set for those that ended. */
    private static final Pattern SPARQL_COUNTER =
            Pattern.compile("fuseki_requests(_good|_bad)?\\{[^}]*dataset=\"/sparql\"[^}]*operation=\"query\"[^}]*} (\\S+)");

    private final FusekiServer server;
    private final Store store;
    /** The configuration as the server runs it: on its bound port, its base on that port unless public. */
    private final ServerConfig config;

    private final Namespace namespace;

    private TestServer(ServerConfig config, Store store, Path project) {
        this.store = Objects.requireNonNull(store, "store");
        this.namespace = new ProjectFiles(project).namespace();
        this.server = Publisher.build(config, store, new ProjectFiles(project)).start();
        this.config = config.on(server.getHttpPort());
    }

    /** The tiny fixture project under src/test/resources/projects/tiny. */
    public static Path tinyProject() {
        return Path.of("src/test/resources/projects/tiny");
    }

    /** A remote store named in the tiny project's namespace, as {@code serve --store sparql:URL} opens it. */
    public static RemoteStore remoteStore(String endpoint) {
        return new RemoteStore(endpoint, new ProjectFiles(tinyProject()).namespace());
    }

    /** The project this repository publishes. */
    public static Path shippedProject() {
        return Path.of(".");
    }

    public static TestServer over(Path project, Duration timeout) {
        return over(project, timeout, Limits.defaults());
    }

    public static TestServer over(Path project, Duration timeout, Limits limits) {
        return new TestServer(new ServerConfig(HOST, 0, Optional.empty(), timeout, limits), inMemory(project), project);
    }

    public static TestServer over(Store store, Duration timeout) {
        return over(store, timeout, Limits.defaults());
    }

    /** A server over any store (a remote one, say) with the canned queries of {@code project}. */
    public static TestServer over(Store store, Path project, Duration timeout) {
        return new TestServer(new ServerConfig(HOST, 0, Optional.empty(), timeout), store, project);
    }

    public static TestServer over(Store store, Duration timeout, Limits limits) {
        return new TestServer(new ServerConfig(HOST, 0, Optional.empty(), timeout, limits), store, tinyProject());
    }

    /**
     * A server deployed behind a proxy: its links use {@code publicBase} (e.g.
     * {@code https://kg.example.org/}) while it listens on a port of its own choosing.
     */
    public static TestServer behindProxy(Path project, String publicBase, Duration timeout) {
        return new TestServer(new ServerConfig(HOST, 0, Optional.of(publicBase), timeout), inMemory(project), project);
    }

    /**
     * One copy of a load balancer's pool: a server over its own front to a shared store, with the
     * canned queries of {@code project} and the pool's address as its base, as every copy of a
     * deployment is started with the same {@code serve --store … --project … --base …}.
     */
    public static TestServer copy(Store store, Path project, String publicBase, Duration timeout) {
        return new TestServer(new ServerConfig(HOST, 0, Optional.of(publicBase), timeout), store, project);
    }

    /** A server over any store (a remote one, say) whose links are under {@code publicBase}. */
    public static TestServer over(Store store, String publicBase, Duration timeout) {
        return new TestServer(new ServerConfig(HOST, 0, Optional.of(publicBase), timeout), store, tinyProject());
    }

    /** A server with SPARQL Update turned on at {@code /update} for one user. */
    public static TestServer withUpdates(Path project, Duration timeout, UpdateAccess access) {
        return new TestServer(new ServerConfig(HOST, 0, Optional.empty(), timeout, Limits.defaults(), Optional.of(access)),
                inMemory(project), project);
    }

    private static Store inMemory(Path project) {
        return new LocalStore(ProjectGraph.load(new ProjectFiles(project)), "mem", () -> { });
    }

    /** The port the server is bound to. */
    public int port() { return config.port(); }

    /** The local address of a path, whatever the public base is. */
    public String local(String path) {
        return localUrl(path);
    }

    /** Where the server is reachable: links and redirects are on it. */
    public String base() { return config.base(); }

    /** The canonical namespace of the project it serves: the graph's IRIs are under it, whatever the base. */
    public String ns() { return namespace.iri(); }
    public String url(String path) { return config.base() + (path.startsWith("/") ? path.substring(1) : path); }
    public Store store() { return store; }

    /** The Jetty server underneath, for a test of how it is configured. */
    public org.eclipse.jetty.server.Server jetty() { return server.getJettyServer(); }

    /**
     * How many queries Fuseki is evaluating at {@code /sparql} now, by its own counters at
     * {@code /$/metrics} (requests begun less those ended, well or badly). A request refused
     * before evaluation (by the query gate, say) is not counted, so a test can poll this to know
     * a query holds its slot instead of sleeping and hoping it does.
     */
    public long sparqlQueriesRunning() {
        long running = 0;
        for (String line : Http.get(localUrl("/$/metrics")).body().split("\n")) {
            Matcher m = SPARQL_COUNTER.matcher(line);
            if (m.matches())
                running += (m.group(1) == null ? 1 : -1) * (long) Double.parseDouble(m.group(2));
        }
        return running;
    }

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
