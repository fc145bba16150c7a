package no.eukg.web;

import java.util.List;
import java.util.Objects;

import jakarta.servlet.Filter;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHandler;
import org.eclipse.jetty.ee10.servlet.ServletMapping;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

import no.eukg.graph.Store;
import no.eukg.web.sparql.SparqlEndpoint;
import no.eukg.web.update.UpdateModule;

/**
 * Assembles the one Fuseki server of the publisher. Each path family is added here and only
 * here, so this class is the map of what the server answers.
 */
public final class ServerFactory {
    /** What a response is buffered in before it is committed: the largest buffer Jetty's default pool reuses. */
    static final int OUTPUT_BUFFER_BYTES = 64 * 1024;

    private ServerFactory() { }

    /**
     * Makes {@code root} the servlet of last resort, so that a path nothing else serves gets the
     * site's own 404 in the client's format rather than Jetty's bare error page. Fuseki's builder
     * always maps a backstop servlet of its own to {@code /} and refuses a second one there, so its
     * holder is given ours before the server starts.
     */
    private static void backstop(Server jetty, RootServlet root) {
        ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
        ServletHandler handler = context.getServletHandler();
        ServletMapping mapping = handler.getServletMapping("/");
        if (mapping == null)
            throw new IllegalStateException("Fuseki mapped no servlet to /");
        handler.getServlet(mapping.getServletName()).setServlet(root);
    }

    /**
     * Builds the server on a socket bound beforehand; the caller starts and stops it.
     *
     * @param socket        the listening socket, bound to {@code site.config().port()}; the
     *                      server accepts on it and closes it when it stops
     * @param features      the path families beyond {@code /sparql} (linked data, canned queries,
     *                      exports...), each a module that adds its servlets in {@code prepare}
     * @param examples      the canned queries, for the SPARQL editor's examples
     * @param sparqlAnswers filters of those features that answer some {@code /sparql} requests
     *                      themselves, in order (see {@link SparqlEndpoint})
     */
    public static FusekiServer create(Site site, ListeningSocket socket, List<FusekiModule> features, List<QueryLink> examples,
                                      List<Filter> sparqlAnswers) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(features, "features");
        ServerConfig config = site.config();
        if (config.port() != socket.port())
            throw new IllegalArgumentException("the site is configured for port " + config.port() + ", the socket is bound to " + socket.port());
        Store store = site.store();
        List<FusekiModule> modules = new java.util.ArrayList<>(features);
        config.update().ifPresent(access -> {
            if (!(store instanceof no.eukg.graph.LocalStore local))
                throw new IllegalArgumentException("updates need a local store (mem or tdb2), not " + store.describe());
            modules.add(new UpdateModule(site, local, access));
        });

        // Every path, in this order: CORS (first, where Fuseki's enableCors puts it, so that a
        // preflight is answered before anything else), the request log, the security headers, the
        // request's shape (methods, Accept, charset), the client each evaluation is charged to (the
        // gate's budgets), and a read transaction around our own servlets.
        FusekiServer.Builder builder = FusekiServer.create()
                .port(config.port())
                .enablePing(true)
                .enableMetrics(true)
                .addFilter("/*", new VaryFilter())
                .addFilter("/*", new CorsFilter())
                .addFilter("/*", new RequestLogFilter())
                .addFilter("/*", new SecurityHeadersFilter())
                .addFilter("/*", new RequestShapeFilter(new ErrorWriter(site.templates())))
                .addFilter("/*", site.gate().clientFilter());
        if (!store.isRemote())
            builder.addFilter("/*", new ReadTransactionFilter(store.dataset()));
        SparqlEndpoint.install(builder, site, examples, sparqlAnswers);
        RootServlet root = new RootServlet(site);
        builder.addServlet("/$/ready", new ReadyServlet(site));
        builder.addServlet("/robots.txt", root)
                .addServlet("/favicon.ico", root)
                .addServlet("/static/*", new AssetServlet(site, "static"))
                .addServlet("/webjars/*", new AssetServlet(site, "META-INF/resources/webjars"))
                .fusekiModules(FusekiModules.create(modules));

        FusekiServer server = builder.build();
        Server jetty = server.getJettyServer();
        backstop(jetty, root);
        for (var connector : jetty.getConnectors())
            if (connector instanceof ServerConnector sc) {
                sc.setHost(config.host());
                // Jetty would bind its own socket at start; it takes the one bound before the
                // modules were built instead (see ListeningSocket).
                socket.handTo(sc);
                // Fuseki allows 512 KiB of headers so that long queries fit in a GET; 64 KiB is
                // plenty for that (longer queries are POSTed) and refuses absurd headers with 431.
                HttpConnectionFactory http = sc.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null)
                    http.getHttpConfiguration().setRequestHeaderSize(64 * 1024);
                // Fuseki asks for 5 MiB output buffers, larger than any Jetty's default buffer pool
                // keeps (64 KiB, see Jena GH-4084), so every response allocated a fresh one: direct
                // ones hit the JVM's direct-memory limit, heap ones were humongous objects, and
                // either way full GCs ran many times a second under load (JFR in bench/profile).
                // A 64 KiB heap buffer is the largest the pool reuses; a longer answer streams.
                if (http != null) {
                    http.getHttpConfiguration().setUseOutputDirectByteBuffers(false);
                    http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                }
            }
        // Bodies beyond the limit get 413 before anything reads them.
        SizeLimitHandler sizeLimit = new SizeLimitHandler(config.limits().maxRequestBytes(), -1);
        sizeLimit.setHandler(jetty.getHandler());
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedMethods("GET", "POST");
        gzip.setHandler(sizeLimit);
        jetty.setHandler(gzip);
        return server;
    }
}
