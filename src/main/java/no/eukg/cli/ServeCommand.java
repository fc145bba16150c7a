package no.eukg.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import no.eukg.Publisher;
import no.eukg.graph.Store;
import no.eukg.graph.StoreSpec;
import no.eukg.graph.Stores;
import no.eukg.web.Limits;
import no.eukg.web.ServerConfig;
import no.eukg.web.UpdateAccess;

/** {@code serve}: publishes the graph over HTTP until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the graph: SPARQL endpoint, pages, dumps and exports.")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("no.eukg.serve");

    @Mixin ProjectOptions project;
    @Mixin StoreOptions storeOptions;
    @Mixin LimitOptions limitOptions;
    @Mixin UpdateOptions updateOptions;

    @Option(names = "--port", defaultValue = "3030", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to bind; 0.0.0.0 for all (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--base", converter = BaseIri.class, description = "Where this server is reachable, e.g. https://kg.example.org/ behind a proxy: every link and redirect is on it. It names nothing: the graph's IRIs are under the project's canonical namespace (default: http://localhost:PORT/, on the port bound).")
    String base;

    @Option(names = "--timeout", defaultValue = "10s", converter = DurationConverter.class,
            description = "Longest a query may run, e.g. 10s, 500ms, 2m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Limits limits;
        Optional<UpdateAccess> update;
        try {
            limits = limitOptions.limits();
            update = updateOptions.access();
            if (update.isPresent() && storeOptions.spec() instanceof StoreSpec.Sparql)
                throw new IllegalArgumentException("--update needs a local store (mem or tdb2:DIR); send updates to the remote endpoint itself");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        StoreSpec spec = storeOptions.spec();
        Store store = Stores.open(spec, () -> project.files().namespace(), () -> project.validatedGraph());
        ServerConfig config = new ServerConfig(host, port, Optional.ofNullable(base), timeout, limits, update);
        FusekiServer server = Publisher.build(config, store, project.files());
        server.start();
        // With --port 0 the port is the one the system gave the server's socket, and without
        // --base the base is on it: say both as they are, for people and for scripts.
        ServerConfig bound = config.on(server.getHttpPort());
        LOG.info("serving {} on http://{}:{}/ from {}", bound.base(), host, bound.port(), store.describe());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { server.stop(); store.close(); }));
        server.join();
        return Main.OK;
    }
}
