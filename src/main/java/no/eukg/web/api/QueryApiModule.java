package no.eukg.web.api;

import java.util.Objects;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

import no.eukg.query.QueryCatalogue;
import no.eukg.web.Site;
import no.eukg.web.Versioned;

/**
 * The canned-query Web API: the catalogue at {@code /api/queries}, runs at
 * {@code /api/queries/{name}}, the OpenAPI description at {@code /api/openapi.json} and swagger-ui
 * at {@code /api/}. The catalogue is read when the module is made, so a broken query file stops
 * the server before it starts. Answers and allowed values are kept per dataset version, so an
 * update (with {@code --update}) is seen by the next request.
 */
public final class QueryApiModule implements FusekiModule {
    private final Site site;
    private final Versioned<QueryApi> api;

    public QueryApiModule(Site site, QueryCatalogue catalogue) {
        this.site = Objects.requireNonNull(site, "site");
        Objects.requireNonNull(catalogue, "catalogue");
        this.api = new Versioned<>(site::version, version -> QueryApi.of(site, catalogue, version), old -> { });
    }

    @Override
    public String name() { return "canned-queries"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/api/queries", new QueryCatalogueServlet(site, api))
                .addServlet("/api/queries/*", new QueryRunServlet(site, api))
                .addServlet("/api/openapi.json", new OpenApiServlet(site, api))
                .addServlet("/api/*", new ApiDocsServlet(site));
    }
}
