package no.eukg.web.linked;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.export.RdfSyntax;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;
import no.eukg.web.ResourceServlet;

/**
 * {@code /id/*}: the IRIs of the graph's resources. Each answers 303 See Other to its HTML page
 * ({@code /page/...}) or its RDF document in the negotiated syntax ({@code /data/....ttl}), on
 * the public base; an IRI the graph does not know is a 404 in the negotiated format.
 */
final class IdServlet extends ResourceServlet {
    static final List<String> OFFER;

    static {
        List<String> offer = new ArrayList<>();
        offer.add("text/html");
        offer.addAll(RdfResponses.TYPES);
        OFFER = List.copyOf(offer);
    }

    private final LinkedData ld;
    private final ResourceResolver resolver;
    // IRIs are opaque: a dot in a name is not an extension, so only Accept decides here.
    private final Negotiation negotiation = new Negotiation(OFFER, Map.of());

    IdServlet(LinkedData ld) {
        super(ld.site());
        this.ld = Objects.requireNonNull(ld, "ld");
        this.resolver = new ResourceResolver(ld);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = negotiation.choose(req.getHeader("Accept"));
        resp.addHeader("Vary", "Accept");
        String local = resolver.resolve(req, null, false).local();
        Links links = ld.links();
        String target = type.equals("text/html") ? links.page(local)
                : links.data(local, RdfSyntax.byMediaType(type).orElseThrow());
        boolean html = type.equals("text/html");
        RdfResponses.add(resp, RdfResponses.alternates(s -> links.data(local, s), RdfSyntax.byMediaType(type).orElse(null),
                html ? null : links.page(local)));
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", target);
    }

    @Override
    protected void renderError(HttpServletRequest req, HttpServletResponse resp, HttpError error) throws IOException {
        LinkedErrors.render(req, resp, error, negotiation, ld.rdf(), e -> super.renderError(req, resp, e));
    }
}
