package no.eukg.web.api;

import java.util.Objects;

import no.eukg.graph.DatasetVersion;
import no.eukg.query.QueryCatalogue;
import no.eukg.query.QueryService;
import no.eukg.web.Site;
import no.eukg.web.Versioned;

/**
 * The canned-query API over one version of the dataset: the service (whose allowed values are
 * read from that version) and the pages and the OpenAPI document that show them. One is kept per
 * version ({@link Versioned}); its answers are kept in the site's one {@link ResponseCache}, under
 * ETags of that version.
 */
record QueryApi(DatasetVersion version, QueryService service, QueryPages pages, OpenApiDocument openApi) {
    QueryApi {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(openApi, "openApi");
    }

    static QueryApi of(Site site, QueryCatalogue catalogue, DatasetVersion version) {
        QueryService service = new QueryService(catalogue, site.store(), site.config().timeout());
        QueryPages pages = new QueryPages(site, service);
        return new QueryApi(version, service, pages, new OpenApiDocument(site, pages));
    }
}
