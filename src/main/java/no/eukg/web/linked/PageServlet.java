package no.eukg.web.linked;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.linked.DatasetMarkup;
import no.eukg.web.Negotiation;
import no.eukg.web.ResourceServlet;
import no.eukg.web.ResponseCache;

/**
 * {@code /page/*}: the HTML page of a resource, in English or Norwegian ({@code ?lang=} or
 * {@code Accept-Language}), with the resource's own description as JSON-LD for search engines
 * ({@link DatasetMarkup#resourceScript}): the same in either language, since it holds every label.
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
        resp.setHeader("Cache-Control", "public, max-age=300");
        // Resolved and rendered only when not kept: a cached page costs a lookup, and no slot of the gate.
        site.responses().answer(req, resp, site.version(), "page|" + path + "|" + lang + "|" + all, () -> render(req, lang, all));
    }

    private ResponseCache.Entry render(HttpServletRequest req, String lang, boolean all) {
        ResourceResolver.Found found = resolver.resolve(req, null, all);
        String local = found.local();
        Links links = ld.links();
        List<ResponseCache.Entry.Header> headers = new ArrayList<>(RdfResponses.alternates(s -> links.data(local, s), null, null));
        headers.add(new ResponseCache.Entry.Header("Content-Location", links.page(local) + "?lang=" + lang + (all ? "&incoming=all" : "")));
        headers.add(new ResponseCache.Entry.Header("Content-Language", lang));
        ResourceView page = view.model(found.description(), ld.now().ontology().get().graph(), local, lang, all)
                .withJsonLd(DatasetMarkup.resourceScript(found.description(), ld.rdf().output()));
        byte[] html = templates.render("resource", page).getBytes(StandardCharsets.UTF_8);
        return new ResponseCache.Entry(html, "text/html; charset=utf-8", headers);
    }
}
