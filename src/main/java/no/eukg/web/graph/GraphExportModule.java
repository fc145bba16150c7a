package no.eukg.web.graph;

import java.util.Objects;
import java.util.Set;

import jakarta.servlet.Filter;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

import no.eukg.export.graph.GraphFormat;
import no.eukg.export.graph.StoreGraphs;
import no.eukg.web.Site;
import no.eukg.web.Versioned;

/**
 * Graphs for visualisation tools: {@code /graph.graphml}, {@code /graph.gexf}, {@code /graph.dot}
 * and {@code /graph.json} (whole graph or a neighbourhood), CONSTRUCT and DESCRIBE results from
 * {@code /sparql} in GraphML, GEXF or DOT by {@code Accept}, and the {@code /explore} page.
 * They share one {@link StoreGraphs} per dataset version, so the store is read once for each.
 */
public final class GraphExportModule implements FusekiModule {
    private final Site site;
    private final Versioned<StoreGraphs> graphs;

    public GraphExportModule(Site site) {
        this.site = Objects.requireNonNull(site, "site");
        this.graphs = new Versioned<>(site::version,
                version -> new StoreGraphs(site.store(), site.namespace(), site.config().timeout()), old -> { });
    }

    @Override
    public String name() { return "graph-exports"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        for (GraphFormat format : GraphFormat.values())
            builder.addServlet("/graph." + format.extension(), new GraphExportServlet(site, graphs, format));
        builder.addServlet("/explore", new ExploreServlet(site, graphs));
    }

    /** The answers in graph formats at {@code /sparql}: a filter the endpoint puts in its place (see {@code SparqlEndpoint}). */
    public Filter sparqlAnswers() {
        return new GraphConstructFilter(new GraphConstructServlet(site, graphs));
    }
}
