package no.eukg.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

import io.swagger.v3.core.util.Json;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.eukg.web.ResourceServlet;
import no.eukg.web.ResponseCache;
import no.eukg.web.Site;

/** {@code GET /api/openapi.json}: the OpenAPI 3 description of every canned query. */
final class OpenApiServlet extends ResourceServlet {
    private final Supplier<QueryApi> api;

    /** @param api the API over the dataset version served now */
    OpenApiServlet(Site site, Supplier<QueryApi> api) {
        super(site);
        this.api = Objects.requireNonNull(api, "api");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        QueryApi api = this.api.get();
        CachedResponses.send(req, resp, site, api, "openapi", () -> render(api.openApi()));
    }

    private static ResponseCache.Entry render(OpenApiDocument document) {
        try {
            byte[] body = Json.pretty().writeValueAsString(document.build()).getBytes(StandardCharsets.UTF_8);
            return new ResponseCache.Entry(body, "application/json; charset=utf-8");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document does not serialise", e);
        }
    }
}
