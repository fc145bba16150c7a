package no.eukg.web.linked;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.export.RdfSyntax;
import no.eukg.graph.DatasetVersion;
import no.eukg.linked.Description;
import no.eukg.web.Conditional;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;
import no.eukg.web.ResourceServlet;
import no.eukg.web.ResponseCache;

/**
 * {@code /data/*}: the RDF description of a resource, in the syntax an extension names
 * ({@code /data/norway.ttl}) or else {@code Accept} chooses. Triple syntaxes carry the
 * description; TriG and N-Quads also the fact graphs its triples are in. {@code ?incoming=all}
 * lifts the bound on incoming links.
 */
final class DataServlet extends ResourceServlet {
    private final LinkedData ld;
    private final ResourceResolver resolver;
    private final Negotiation negotiation = new Negotiation(RdfResponses.TYPES, RdfResponses.EXTENSIONS);

    DataServlet(LinkedData ld) {
        super(ld.site());
        this.ld = Objects.requireNonNull(ld, "ld");
        this.resolver = new ResourceResolver(ld);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean byExtension = req.getPathInfo() != null && negotiation.extension(req.getPathInfo()).isPresent();
        if (!byExtension)
            resp.addHeader("Vary", "Accept");
        RdfSyntax syntax = RdfSyntax.byMediaType(negotiation.choose(req)).orElseThrow();
        boolean all = ResourceResolver.allIncoming(req);
        Links links = ld.links();
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        DatasetVersion version = site.version();
        String etag = Conditional.etag(version, "data|" + path + "|" + syntax + "|" + all);
        if (Conditional.notModified(req, resp, etag, version.loadedAt()))
            return;
        resp.setHeader("Cache-Control", "public, max-age=300");
        // Resolved and rendered only when not kept: a cached description costs a lookup, and no slot of the gate.
        site.responses().get(version, etag, () -> render(req, syntax, all)).send(req, resp);
    }

    private ResponseCache.Entry render(HttpServletRequest req, RdfSyntax syntax, boolean all) {
        ResourceResolver.Found found = resolver.resolve(req, negotiation, all);
        String local = found.local();
        Links links = ld.links();
        String query = all ? "?incoming=all" : "";
        List<ResponseCache.Entry.Header> headers = new ArrayList<>();
        headers.add(new ResponseCache.Entry.Header("Content-Location", links.data(local, syntax) + query));
        headers.addAll(RdfResponses.alternates(s -> links.data(local, s) + query, syntax, links.page(local) + query));
        headers.add(new ResponseCache.Entry.Header("Link", "<" + Links.encode(found.description().resource().getURI()) + ">; rel=\"describes\""));
        Description d = found.description();
        byte[] body = syntax.quads() ? ld.rdf().render(syntax, d.dataset()) : ld.rdf().render(syntax, d.graph());
        return new ResponseCache.Entry(body, syntax.mediaType() + "; charset=utf-8", headers);
    }

    @Override
    protected void renderError(HttpServletRequest req, HttpServletResponse resp, HttpError error) throws IOException {
        LinkedErrors.render(req, resp, error, negotiation, ld.rdf(), e -> super.renderError(req, resp, e));
    }
}
