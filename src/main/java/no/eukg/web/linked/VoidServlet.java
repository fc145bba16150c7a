package no.eukg.web.linked;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.export.InteropException;
import no.eukg.export.RdfSyntax;
import no.eukg.linked.DatasetMarkup;
import no.eukg.web.Conditional;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;
import no.eukg.web.ResourceServlet;

/**
 * {@code /.well-known/void} and {@code /dataset} (the dataset's IRI; also with an extension such
 * as {@code /dataset.ttl}): the VoID and DCAT description of the dataset, computed from the data;
 * a browser (or {@code /dataset.html}) gets it as a page ({@link DocumentView}), which carries the
 * schema.org {@code Dataset} for search engines as the home page does ({@link DatasetMarkup}).
 */
final class VoidServlet extends ResourceServlet {
    private final LinkedData ld;
    /** The RDF syntaxes, then HTML for a browser (which asks for it first); RDF for any other client. */
    private final Negotiation negotiation = new Negotiation(RdfResponses.TYPES_AND_HTML, RdfResponses.EXTENSIONS_AND_HTML);
    private final NodeViews names;

    VoidServlet(LinkedData ld) {
        super(ld.site());
        this.ld = Objects.requireNonNull(ld, "ld");
        this.names = new NodeViews(ld.links(), ld.prefixes());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        boolean byExtension = negotiation.extension(path).isPresent();
        if (!byExtension)
            resp.addHeader("Vary", "Accept");
        String type = negotiation.choose(req);
        String stem = negotiation.stripExtension(path).substring(1);
        Links links = ld.links();
        resp.setHeader("Cache-Control", "public, max-age=300");
        Optional<RdfSyntax> syntax = RdfSyntax.byMediaType(type);
        resp.setHeader("Content-Location", links.to(stem + "." + syntax.map(RdfSyntax::extension).orElse("html")));
        if (Conditional.notModified(req, resp, site.version(), "void|" + path + "|" + type))
            return;
        RdfResponses.add(resp, RdfResponses.alternates(s -> links.to(stem + "." + s.extension()), syntax.orElse(null),
                syntax.isPresent() ? links.to(stem + ".html") : null));
        try {
            Graph description = ld.now().dataset().graph();
            if (syntax.isPresent()) {
                ld.rdf().send(resp, syntax.get(), description);
                return;
            }
            List<FormatLink> formats = Arrays.stream(RdfSyntax.values())
                    .map(s -> new FormatLink(s.displayName(), links.to(stem + "." + s.extension()), s.mediaType())).toList();
            DocumentView view = DocumentView.of("Dataset description",
                    "What this dataset is, where it is served and what it holds, in VoID and DCAT: the RDF that crawlers "
                            + "and catalogues read, shown here for a person.",
                    description, NodeFactory.createURI(ld.now().dataset().datasetIri()), names, formats,
                    Optional.of(new DatasetMarkup(ld.now().dataset(), ld.now().statistics(), links.base()).script(ld.now().dumps().list())));
            resp.setContentType("text/html; charset=utf-8");
            resp.getWriter().write(templates.render("document", view));
        } catch (InteropException e) {
            throw new HttpError(500, "the dataset description lists the dumps, and a dump failed: " + e.getMessage());
        }
    }

    @Override
    protected void renderError(HttpServletRequest req, HttpServletResponse resp, HttpError error) throws IOException {
        LinkedErrors.render(req, resp, error, negotiation, ld.rdf(), e -> super.renderError(req, resp, e));
    }
}
