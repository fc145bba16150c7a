package no.eukg.web.linked;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

import no.eukg.export.MainSubjectFirst;
import no.eukg.export.RdfSyntax;
import no.eukg.linked.Description;
import no.eukg.vocab.Hydra;
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
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        resp.setHeader("Cache-Control", "public, max-age=300");
        // Resolved and rendered only when not kept: a cached description costs a lookup, and no slot of the gate.
        site.responses().answer(req, resp, site.version(), "data|" + path + "|" + syntax + "|" + all, () -> render(req, syntax, all));
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
        if (d.truncated()) {
            // Say in the RDF, not only on the page, that there is more, and where: a client such as
            // a crawler or Comunica reads the document, not the HTML.
            String rest = links.data(local, syntax) + "?incoming=all";
            headers.add(new ResponseCache.Entry.Header("Link", "<" + rest + ">; rel=\"next\""));
            d = new Description(d.resource(), withTheRest(NodeFactory.createURI(links.data(local, syntax)),
                    NodeFactory.createURI(rest), d), d.quads(), d.incoming(), d.incomingShown(), d.mentions(), d.facts(), d.factsShown());
        }
        byte[] body = syntax.quads() ? ld.rdf().render(syntax, d.dataset())
                : ld.rdf().render(syntax, MainSubjectFirst.of(d.graph(), d.resource()));
        return new ResponseCache.Entry(body, syntax.mediaType() + "; charset=utf-8", headers);
    }

    /**
     * A copy of a description cut short, saying where all of it is and, when incoming links were
     * left out, how many there are.
     */
    private static Graph withTheRest(Node document, Node all, Description d) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(d.graph().getPrefixMapping());
        d.graph().find().forEachRemaining(g::add);
        g.add(document, RDF.type.asNode(), Hydra.PARTIAL_COLLECTION_VIEW);
        if (d.incomingTruncated())
            g.add(document, Hydra.TOTAL_ITEMS, NodeFactory.createLiteralDT(Long.toString(d.incoming()), XSDDatatype.XSDinteger));
        g.add(document, Hydra.NEXT, all);
        return g;
    }

    @Override
    protected void renderError(HttpServletRequest req, HttpServletResponse resp, HttpError error) throws IOException {
        LinkedErrors.render(req, resp, error, negotiation, ld.rdf(), e -> super.renderError(req, resp, e));
    }
}
