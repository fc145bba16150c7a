package no.eukg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.query.QueryProblem;

/**
 * {@code GET /api/queries}: the catalogue of canned queries, as JSON for programs and HTML for
 * browsers: each query's name, summary, description, parameters with their types, allowed values
 * and defaults, and links to run it and to read it.
 */
final class QueryCatalogueServlet extends ResourceServlet {
    private static final Negotiation FORMATS = new Negotiation(List.of("application/json", "text/html"),
            Map.of("json", "application/json", "html", "text/html"));
    private final Site site;
    private final QueryPages pages;
    private final ResponseCache cache;

    QueryCatalogueServlet(Site site, QueryPages pages, ResponseCache cache) {
        super(site.templates());
        this.site = Objects.requireNonNull(site, "site");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = FORMATS.choose(req.getHeader("Accept"));
        try {
            CachedResponses.send(req, resp, site, cache, "catalogue\u0000" + type, () -> render(type), e -> { });
        } catch (QueryProblem p) {
            throw CachedResponses.toHttp(p);
        }
    }

    private ResponseCache.Entry render(String type) {
        String body = type.equals("text/html")
                ? templates.render("queries", pages.catalogueScope())
                : pages.catalogueJson().toString();
        return new ResponseCache.Entry(body.getBytes(StandardCharsets.UTF_8), type + "; charset=utf-8", false);
    }
}
