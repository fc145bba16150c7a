package no.eukg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;

import no.eukg.graph.DatasetVersion;
import no.eukg.graph.NamespaceCheck;
import no.eukg.graph.ProjectFiles;
import no.eukg.graph.Store;
import no.eukg.linked.LuceneLabelSearch;
import no.eukg.releases.ReleaseHistory;
import no.eukg.query.QueryCatalogue;
import no.eukg.web.ListeningSocket;
import no.eukg.web.QueryLink;
import no.eukg.web.RemoteVersionWatch;
import no.eukg.web.ServerConfig;
import no.eukg.web.ServerFactory;
import no.eukg.web.Site;
import no.eukg.web.Templates;
import no.eukg.web.api.QueryApiModule;
import no.eukg.web.fragments.FragmentsModule;
import no.eukg.web.graph.GraphExportModule;
import no.eukg.web.linked.LinkedDataModule;

/**
 * The composition root: from a store and the project's files to a server with every feature.
 * This is the one place that decides which path families the publisher has, and the one place
 * (with the store) that reads the project's files for the web: the query catalogue.
 */
public final class Publisher {
    private Publisher() { }

    /**
     * Builds (does not start) the server, binding its port now: on port 0 the system chooses one,
     * and the server's base follows it ({@link ServerConfig#on}); {@code server.getHttpPort()} says
     * which. The caller starts the server, and stops it to give the port back.
     */
    public static FusekiServer build(ServerConfig config, Store store, ProjectFiles files) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(files, "files");
        // Bound before any module is built: the modules read the base as they are constructed.
        ListeningSocket socket = ListeningSocket.bind(config.host(), config.port());
        try {
            // One label index for /search and SPARQL's text:query.
            Store indexed = LuceneLabelSearch.withTextIndex(store, config.update().isEmpty());
            ServerConfig bound = config.on(socket.port());
            if (store.isRemote())
                NamespaceCheck.require(store, files.namespace());
            DatasetVersion version = indexed.isRemote() ? RemoteVersionWatch.initial(indexed) : DatasetVersion.of(indexed);
            return build(new Site(bound, files.namespace(), indexed, Templates.forBase(bound.base()), version), socket, files);
        } catch (RuntimeException | Error e) {
            // Nothing will serve on the socket: give the port back rather than hold it until exit.
            socket.close();
            throw e;
        }
    }

    private static FusekiServer build(Site site, ListeningSocket socket, ProjectFiles files) {
        QueryCatalogue catalogue = QueryCatalogue.load(files.queryFiles(), site.namespace());
        List<QueryLink> queryLinks = catalogue.queries().stream()
                .map(q -> new QueryLink(q.name(), q.header().summary(), q.header().description(), q.header().topic()))
                .toList();
        GraphExportModule graphs = new GraphExportModule(site);
        List<FusekiModule> features = new ArrayList<>();
        features.add(new QueryApiModule(site, catalogue));
        features.add(new LinkedDataModule(site, queryLinks, ReleaseHistory.read(files.root(), site.namespace())));
        features.add(graphs);
        features.add(new FragmentsModule(site));
        if (site.store().isRemote())
            features.add(new RemoteVersionWatch(site));
        return ServerFactory.create(site, socket, features, queryLinks, List.of(graphs.sparqlAnswers()));
    }
}
