package no.eukg.web.linked;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import no.eukg.export.RdfSyntax;
import no.eukg.linked.OntologyDocument;
import no.eukg.web.Conditional;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;
import no.eukg.web.ResourceServlet;

/**
 * {@code /ontology} (also {@code /ontology.ttl} and the like, and {@code /ontology/...} for IRIs
 * the ontology names for itself, such as its version IRI): the ontology as HTML documentation or
 * RDF by {@code Accept}. Its terms are hash IRIs ({@code <namespace>ontology#Country}): a client
 * dereferences them by requesting this document.
 */
final class OntologyServlet extends ResourceServlet {
    private static final List<String> OFFER;
    private static final Map<String, String> EXTENSIONS;

    static {
        List<String> offer = new ArrayList<>();
        offer.add("text/html");
        offer.addAll(RdfResponses.TYPES);
        OFFER = List.copyOf(offer);
        Map<String, String> ext = new HashMap<>(RdfResponses.EXTENSIONS);
        ext.put("html", "text/html");
        EXTENSIONS = Map.copyOf(ext);
    }

    private final LinkedData ld;
    private final OntologyPage view;
    private final Negotiation negotiation = new Negotiation(OFFER, EXTENSIONS);

    OntologyServlet(LinkedData ld) {
        super(ld.site());
        this.ld = Objects.requireNonNull(ld, "ld");
        this.view = new OntologyPage(ld.links(), ld.prefixes());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        boolean byExtension = negotiation.extension(path).isPresent();
        if (!byExtension)
            resp.addHeader("Vary", "Accept, Accept-Language");
        String type = byExtension ? EXTENSIONS.get(negotiation.extension(path).get()) : negotiation.choose(req.getHeader("Accept"));
        String lang = PageLanguage.of(req);
        Links links = ld.links();
        String ext = type.equals("text/html") ? "html" : RdfSyntax.byMediaType(type).orElseThrow().extension();
        resp.setHeader("Content-Location", links.to("ontology." + ext));
        if (Conditional.notModified(req, resp, site.version(), "ontology|" + path + "|" + type + "|" + lang))
            return;
        OntologyDocument doc = ld.now().ontology().get();
        if (!doc.exists())
            throw HttpError.notFound("the graph has no ontology <" + ld.links().namespace().ontology() + ">");
        String stripped = negotiation.stripExtension(path);
        if (!stripped.equals("/ontology")) {
            // /ontology/0.1.0: only IRIs the ontology itself mentions (its version IRI) are this document.
            Node named = NodeFactory.createURI(ld.links().namespace().iri() + stripped.substring(1));
            if (!doc.graph().contains(doc.ontology(), Node.ANY, named))
                throw HttpError.notFound("the ontology names no <" + named.getURI() + ">");
        }
        RdfResponses.add(resp, RdfResponses.alternates(s -> links.to("ontology." + s.extension()), RdfSyntax.byMediaType(type).orElse(null),
                type.equals("text/html") ? null : links.to("ontology.html")));
        resp.setHeader("Cache-Control", "public, max-age=300");
        if (type.equals("text/html")) {
            resp.setHeader("Content-Language", lang);
            resp.setContentType("text/html; charset=utf-8");
            templates.render("ontology", view.model(doc, doc.uses(ld.now().statistics()), lang), resp.getWriter());
        } else {
            RdfSyntax syntax = RdfSyntax.byMediaType(type).orElseThrow();
            ld.rdf().send(resp, syntax, doc.graph());
        }
    }

    @Override
    protected void renderError(HttpServletRequest req, HttpServletResponse resp, HttpError error) throws IOException {
        LinkedErrors.render(req, resp, error, negotiation, ld.rdf(), e -> super.renderError(req, resp, e));
    }
}
