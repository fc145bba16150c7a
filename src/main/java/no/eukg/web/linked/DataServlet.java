package no.eukg.web.linked;

import java.io.IOException;
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
        ResourceResolver.Found found = resolver.resolve(req, negotiation, all);
        String local = found.local();
        String query = all ? "?incoming=all" : "";
        resp.setHeader("Content-Location", links.data(local, syntax) + query);
        RdfResponses.alternates(resp, RdfResponses.alternates(s -> links.data(local, s) + query, syntax, links.page(local) + query));
        resp.addHeader("Link", "<" + Links.encode(found.description().resource().getURI()) + ">; rel=\"describes\"");
        resp.setHeader("Cache-Control", "public, max-age=300");
        Description d = found.description();
        byte[] body = site.responses().get(version, etag, () -> new ResponseCache.Entry(
                syntax.quads() ? ld.rdf().render(syntax, d.dataset()) : ld.rdf().render(syntax, d.graph()),
                syntax.mediaType(), false)).body();
        RdfResponses.send(resp, syntax, body);
    }

    @Override
    protected void renderError(HttpServletRequest req, HttpServletResponse resp, HttpError error) throws IOException {
        LinkedErrors.render(req, resp, error, negotiation, ld.rdf(), e -> super.renderError(req, resp, e));
    }
}
