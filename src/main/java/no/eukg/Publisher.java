package no.eukg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;

import no.eukg.graph.DatasetVersion;
import no.eukg.graph.ProjectFiles;
import no.eukg.graph.Store;
import no.eukg.web.GraphExportModule;
import no.eukg.web.ServerConfig;
import no.eukg.web.ServerFactory;
import no.eukg.web.Site;
import no.eukg.web.Templates;

/**
 * The composition root: from a store and the project's files to a server with every feature.
 * This is the one place that decides which path families the publisher has.
 */
public final class Publisher {
    private Publisher() { }

    /** Builds (does not start) the server. */
    public static FusekiServer build(ServerConfig config, Store store, ProjectFiles files) {
        Objects.requireNonNull(files, "files");
        Site site = new Site(config, store, new Templates(), DatasetVersion.of(store));
        List<FusekiModule> features = new ArrayList<>();
        features.add(new no.eukg.web.QueryApiModule(site, files));
        // Linked data (issue 5) is added here.
        features.add(new GraphExportModule(site));
        return ServerFactory.create(site, features);
    }
}
