package no.eukg.web.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.eukg.web.HttpError;
import no.eukg.web.ResourceServlet;
import no.eukg.web.Site;

/**
 * {@code /api/}: swagger-ui over {@code /api/openapi.json}, every asset served from the jar
 * (the swagger-ui webjar and {@code static/js/api-docs.js}); {@code /api} redirects here.
 */
final class ApiDocsServlet extends ResourceServlet {

    ApiDocsServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (req.getServletPath().equals("/api") && path == null) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", site.link("api/"));
            return;
        }
        if (!"/".equals(path))
            throw HttpError.notFound("no such resource: " + req.getRequestURI() + " (the API is described at " + site.link("api/") + ")");
        resp.setContentType("text/html; charset=utf-8");
        templates.render("api-docs", new QueryViews.ApiDocs(site.link("api/openapi.json"), site.link("api/queries")), resp.getWriter());
    }
}
