package no.eukg.web.linked;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.export.InteropException;
import no.eukg.export.RdfSyntax;
import no.eukg.web.Conditional;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;
import no.eukg.web.ResourceServlet;

/**
 * {@code /.well-known/void} and {@code /dataset} (the dataset's IRI; also with an extension such
 * as {@code /dataset.ttl}): the VoID and DCAT description of the dataset, computed from the data.
 */
final class VoidServlet extends ResourceServlet {
    private final LinkedData ld;
    private final Negotiation negotiation = new Negotiation(RdfResponses.TYPES, RdfResponses.EXTENSIONS);

    VoidServlet(LinkedData ld) {
        super(ld.site());
        this.ld = Objects.requireNonNull(ld, "ld");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        boolean byExtension = negotiation.extension(path).isPresent();
        if (!byExtension)
            resp.addHeader("Vary", "Accept");
        RdfSyntax syntax = RdfSyntax.byMediaType(negotiation.choose(req)).orElseThrow();
        if (Conditional.notModified(req, resp, site.version(), "void|" + path + "|" + syntax))
            return;
        String stem = negotiation.stripExtension(path).substring(1);
        Links links = ld.links();
        resp.setHeader("Content-Location", links.to(stem + "." + syntax.extension()));
        RdfResponses.add(resp, RdfResponses.alternates(s -> links.to(stem + "." + s.extension()), syntax, null));
        resp.setHeader("Cache-Control", "public, max-age=300");
        try {
            ld.rdf().send(resp, syntax, ld.now().dataset().graph());
        } catch (InteropException e) {
            throw new HttpError(500, "the dataset description lists the dumps, and a dump failed: " + e.getMessage());
        }
    }

    @Override
    protected void renderError(HttpServletRequest req, HttpServletResponse resp, HttpError error) throws IOException {
        LinkedErrors.render(req, resp, error, negotiation, ld.rdf(), e -> super.renderError(req, resp, e));
    }
}
