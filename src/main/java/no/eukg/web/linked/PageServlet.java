package no.eukg.web.linked;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.graph.DatasetVersion;
import no.eukg.web.Conditional;
import no.eukg.web.Negotiation;
import no.eukg.web.ResourceServlet;
import no.eukg.web.ResponseCache;

/**
 * {@code /page/*}: the HTML page of a resource, in English or Norwegian ({@code ?lang=} or
 * {@code Accept-Language}).
 */
final class PageServlet extends ResourceServlet {
    private final LinkedData ld;
    private final ResourceResolver resolver;
    private final ResourcePage view;
    private final Negotiation negotiation = new Negotiation(List.of("text/html"), Map.of());

    PageServlet(LinkedData ld) {
        super(ld.site());
        this.ld = Objects.requireNonNull(ld, "ld");
        this.resolver = new ResourceResolver(ld);
        this.view = new ResourcePage(ld.links(), ld.prefixes(), ld.queries());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        negotiation.choose(req.getHeader("Accept"));
        resp.addHeader("Vary", "Accept, Accept-Language");
        String lang = PageLanguage.of(req);
        boolean all = ResourceResolver.allIncoming(req);
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        DatasetVersion version = site.version();
        String etag = Conditional.etag(version, "page|" + path + "|" + lang + "|" + all);
        if (Conditional.notModified(req, resp, etag, version.loadedAt()))
            return;
        ResourceResolver.Found found = resolver.resolve(req, null, all);
        String local = found.local();
        Links links = ld.links();
        RdfResponses.alternates(resp, RdfResponses.alternates(s -> links.data(local, s), null, null));
        resp.setHeader("Content-Location", links.page(local) + "?lang=" + lang + (all ? "&incoming=all" : ""));
        resp.setHeader("Content-Language", lang);
        resp.setHeader("Cache-Control", "public, max-age=300");
        byte[] body = site.responses().get(version, etag, () -> new ResponseCache.Entry(
                templates.render("resource", view.model(found.description(), local, lang, all)).getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8", false)).body();
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
