package no.eukg.web.api;

import java.util.Objects;

import no.eukg.graph.DatasetVersion;
import no.eukg.query.QueryCatalogue;
import no.eukg.query.QueryService;
import no.eukg.web.Site;
import no.eukg.web.Versioned;

/**
 * The canned-query API over one version of the dataset: the service (whose allowed values are
 * read from that version), the pages and the OpenAPI document that show them, and the answers
 * kept for that version. One is kept per version ({@link Versioned}).
 */
record QueryApi(QueryService service, QueryPages pages, OpenApiDocument openApi, ResponseCache cache) {
    /** Rendered responses kept in memory, in bytes. */
    static final long CACHE_BYTES = 64L * 1024 * 1024;

    QueryApi {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(openApi, "openApi");
        Objects.requireNonNull(cache, "cache");
    }

    static QueryApi of(Site site, QueryCatalogue catalogue, DatasetVersion version) {
        QueryService service = new QueryService(catalogue, site.store(), site.config().timeout());
        return new QueryApi(service, new QueryPages(site, service), new OpenApiDocument(site, service),
                new ResponseCache(version, CACHE_BYTES, site.gate()));
    }
}
