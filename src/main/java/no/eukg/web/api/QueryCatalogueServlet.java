package no.eukg.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.eukg.web.Negotiation;
import no.eukg.web.ResourceServlet;
import no.eukg.web.ResponseCache;
import no.eukg.web.Site;

/**
 * {@code GET /api/queries}: the catalogue of canned queries, as JSON for programs and HTML for
 * browsers: each query's name, summary, description, parameters with their types, allowed values
 * and defaults, and links to run it and to read it.
 */
final class QueryCatalogueServlet extends ResourceServlet {
    private static final Negotiation FORMATS = new Negotiation(List.of("application/json", "text/html"),
            Map.of("json", "application/json", "html", "text/html"));
    /** Configured once here and never changed, so it is shared by every request. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Supplier<QueryApi> api;

    /** @param api the API over the dataset version served now */
    QueryCatalogueServlet(Site site, Supplier<QueryApi> api) {
        super(site);
        this.api = Objects.requireNonNull(api, "api");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = FORMATS.choose(req.getHeader("Accept"));
        QueryApi api = this.api.get();
        CachedResponses.send(req, resp, site, api, "catalogue\u0000" + type, () -> render(api.pages(), type));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the catalogue does not serialise", e);
        }
    }

    private ResponseCache.Entry render(QueryPages pages, String type) {
        String body = type.equals("text/html")
                ? templates.render("queries", pages.catalogueView())
                : json(pages.catalogueJson());
        return new ResponseCache.Entry(body.getBytes(StandardCharsets.UTF_8), type + "; charset=utf-8");
    }
}
