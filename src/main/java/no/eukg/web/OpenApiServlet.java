package no.eukg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import io.swagger.v3.core.util.Json;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.query.QueryProblem;

/** {@code GET /api/openapi.json}: the OpenAPI 3 description of every canned query. */
final class OpenApiServlet extends ResourceServlet {
    private final Site site;
    private final OpenApiDocument document;
    private final ResponseCache cache;

    OpenApiServlet(Site site, OpenApiDocument document, ResponseCache cache) {
        super(site.templates());
        this.site = Objects.requireNonNull(site, "site");
        this.document = Objects.requireNonNull(document, "document");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            CachedResponses.send(req, resp, site, cache, "openapi", this::render, e -> { });
        } catch (QueryProblem p) {
            throw CachedResponses.toHttp(p);
        }
    }

    private ResponseCache.Entry render() {
        try {
            byte[] body = Json.pretty().writeValueAsString(document.build()).getBytes(StandardCharsets.UTF_8);
            return new ResponseCache.Entry(body, "application/json; charset=utf-8", false);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document does not serialise", e);
        }
    }
}
