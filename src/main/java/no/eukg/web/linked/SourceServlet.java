package no.eukg.web.linked;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.linked.SourceDocument;
import no.eukg.web.Conditional;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;
import no.eukg.web.ResourceServlet;

/** {@code /source}: the source text, each sentence and entity mention linked to the graph. */
final class SourceServlet extends ResourceServlet {
    private final LinkedData ld;
    private final SourcePage view;
    private final Negotiation negotiation = new Negotiation(List.of("text/html"), Map.of());

    SourceServlet(LinkedData ld) {
        super(ld.site());
        this.ld = Objects.requireNonNull(ld, "ld");
        this.view = new SourcePage(ld.links());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        negotiation.choose(req.getHeader("Accept"));
        resp.addHeader("Vary", "Accept, Accept-Language");
        String lang = PageLanguage.of(req);
        if (Conditional.notModified(req, resp, site.version(), "source|" + lang))
            return;
        SourceDocument doc = ld.now().source().get().orElseThrow(() -> HttpError.notFound("the graph holds no source text (no nif:Context <"
                + ld.links().iri("source") + "> with nif:isString)"));
        resp.setHeader("Cache-Control", "public, max-age=300");
        resp.setHeader("Content-Language", lang);
        resp.setContentType("text/html; charset=utf-8");
        templates.render("source", view.model(doc, lang), resp.getWriter());
    }
}
