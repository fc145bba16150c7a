package no.eukg.web;

import java.util.Objects;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

import no.eukg.query.QueryCatalogue;
import no.eukg.query.QueryService;

/**
 * The canned-query Web API: the catalogue at {@code /api/queries}, runs at
 * {@code /api/queries/{name}}, the OpenAPI description at {@code /api/openapi.json} and swagger-ui
 * at {@code /api/}. The catalogue is read when the module is made, so a broken query file stops
 * the server before it starts.
 */
public final class QueryApiModule implements FusekiModule {
    /** Rendered responses kept in memory, in bytes. */
    static final long CACHE_BYTES = 64L * 1024 * 1024;
    private final Site site;
    private final QueryService service;

    public QueryApiModule(Site site, QueryCatalogue catalogue) {
        this.site = Objects.requireNonNull(site, "site");
        this.service = new QueryService(catalogue, site.store(), site.config().timeout());
    }

    @Override
    public String name() { return "canned-queries"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        ResponseCache cache = new ResponseCache(site.version(), CACHE_BYTES);
        QueryPages pages = new QueryPages(site, service);
        builder.addServlet("/api/queries", new QueryCatalogueServlet(site, pages, cache))
                .addServlet("/api/queries/*", new QueryRunServlet(site, service, pages, cache))
                .addServlet("/api/openapi.json", new OpenApiServlet(site, new OpenApiDocument(site, service), cache))
                .addServlet("/api/*", new ApiDocsServlet(site));
    }
}
