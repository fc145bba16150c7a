package no.eukg.web.fragments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

import no.eukg.export.Prefixes;
import no.eukg.export.RdfOutput;
import no.eukg.export.RdfSyntax;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;
import no.eukg.web.ResourceServlet;
import no.eukg.web.ResponseCache;
import no.eukg.web.Site;

/**
 * {@code GET /fragments?subject=&predicate=&object=&graph=&page=}: one page of the quads that
 * match a pattern ({@link FragmentRequest} reads it), in the RDF syntax {@code Accept} or
 * {@code format=} chooses, or as HTML. Pages are kept in the one response cache under a strong
 * ETag of the dataset's version, so a repeated page costs no query and a client's copy gets 304.
 *
 * <p>In a triple syntax (Turtle, N-Triples, JSON-LD, RDF/XML) a pattern whose graph is left open
 * is matched in the default graph: that is the Triple Pattern Fragments dataset, the graph's
 * truthful triples, and a triple cannot say it comes from a fact's graph. In a quad syntax (TriG,
 * N-Quads) and in HTML, which show each quad's graph, it is matched in every graph, as Quad Pattern
 * Fragments define it.
 */
final class FragmentsServlet extends ResourceServlet {
    /** Quads per page. */
    static final int PAGE_SIZE = 100;
    private static final String HTML_TYPE = "text/html";

    private final Negotiation negotiation;
    private final FragmentQueries queries;
    private final FragmentDocument document;
    private final Prefixes prefixes;

    FragmentsServlet(Site site) {
        super(site);
        List<String> offered = new ArrayList<>(Arrays.stream(RdfSyntax.values()).map(RdfSyntax::mediaType).toList());
        offered.add(HTML_TYPE);
        this.negotiation = new Negotiation(offered, Map.of());
        this.queries = new FragmentQueries(site.store(), site.config().timeout());
        this.prefixes = new Prefixes(site.namespace());
        this.document = new FragmentDocument(new RdfOutput(prefixes));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        FragmentRequest request = FragmentRequest.parse(req.getParameterMap());
        String type;
        if (request.format().isPresent()) {
            String f = request.format().get();
            type = f.equals(FragmentRequest.HTML) ? HTML_TYPE : RdfSyntax.byFormatName(f).orElseThrow().mediaType();
        } else {
            resp.addHeader("Vary", "Accept");
            type = negotiation.choose(req);
        }
        Optional<RdfSyntax> syntax = RdfSyntax.byMediaType(type);
        String page = FragmentLinks.asRequested(site.base(), req.getQueryString());
        resp.setHeader("Cache-Control", "public, max-age=300");
        site.responses().answer(req, resp, site.version(), "fragments|" + page + "|" + type,
                () -> site.gate().evaluate(() -> render(request, syntax, page)));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
        resp.setHeader("Allow", "GET, HEAD, OPTIONS");
        throw HttpError.methodNotAllowed("/fragments is read with GET (or HEAD)");
    }

    private ResponseCache.Entry render(FragmentRequest request, Optional<RdfSyntax> syntax, String pageUrl) {
        boolean quads = syntax.map(RdfSyntax::quads).orElse(true);
        QuadPattern asked = request.pattern();
        QuadPattern pattern = !quads && asked.scope() == QuadPattern.Scope.ANY ? asked.in(QuadPattern.Scope.DEFAULT) : asked;
        FragmentQueries.Fragment fragment = queries.fragment(pattern, request.page(), PAGE_SIZE);
        long pages = Math.max(1, (fragment.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (request.page() > pages)
            throw HttpError.notFound("page " + request.page() + " is past the end of this fragment: it has "
                    + fragment.total() + " " + (quads ? "quads" : "triples") + " in " + pages + (pages == 1 ? " page" : " pages"));
        Optional<String> format = request.format();
        String first = FragmentLinks.relative(asked, 1, format);
        String previous = request.page() > 1 ? FragmentLinks.relative(asked, request.page() - 1, format) : null;
        String next = request.page() < pages ? FragmentLinks.relative(asked, request.page() + 1, format) : null;
        List<ResponseCache.Entry.Header> headers = new ArrayList<>();
        headers.add(new ResponseCache.Entry.Header("Link", "<" + site.link(first) + ">; rel=\"first\""));
        if (previous != null)
            headers.add(new ResponseCache.Entry.Header("Link", "<" + site.link(previous) + ">; rel=\"prev\""));
        if (next != null)
            headers.add(new ResponseCache.Entry.Header("Link", "<" + site.link(next) + ">; rel=\"next\""));
        String title = "Linked Data Fragment of norway-eu-kg: " + describe(pattern);
        if (syntax.isEmpty()) {
            FragmentView view = view(request, pattern, fragment, pages, title, first, previous, next);
            return new ResponseCache.Entry(templates.render("fragments", view).getBytes(StandardCharsets.UTF_8),
                    "text/html; charset=utf-8", headers);
        }
        FragmentDocument.Addresses at = new FragmentDocument.Addresses(site.base() + FragmentLinks.PATH + "#dataset",
                FragmentLinks.template(site.base(), quads), site.link(FragmentLinks.relative(asked, 1, format)), pageUrl,
                previous == null ? null : site.link(previous), next == null ? null : site.link(next));
        byte[] body = document.render(syntax.get(), at, title, fragment.quads(), fragment.total(), PAGE_SIZE);
        return new ResponseCache.Entry(body, syntax.get().mediaType() + "; charset=utf-8", headers);
    }

    /** The pattern as SPARQL-like text, for titles: {@code { <s> ?p ?o }}, {@code GRAPH <g> { ... }}. */
    private String describe(QuadPattern p) {
        String triple = "{ " + show(p.subject(), "?s") + " " + show(p.predicate(), "?p") + " " + show(p.object(), "?o") + " }";
        return switch (p.scope()) {
            case DEFAULT -> triple + " in the default graph";
            case NAMED -> "GRAPH <" + p.graph().getURI() + "> " + triple;
            case ANY -> triple + " in every graph";
        };
    }

    private static String show(Node n, String variable) {
        if (n == null)
            return variable;
        return n.isURI() ? "<" + n.getURI() + ">" : FragmentLinks.term(n);
    }

    private FragmentView view(FragmentRequest request, QuadPattern pattern, FragmentQueries.Fragment fragment, long pages,
                              String title, String first, String previous, String next) {
        List<FragmentView.Row> rows = new ArrayList<>();
        for (Quad q : fragment.quads())
            rows.add(new FragmentView.Row(term(q.getSubject(), "subject"), term(q.getPredicate(), "predicate"),
                    term(q.getObject(), "subject"), q.isDefaultGraph() ? null : term(q.getGraph(), "graph")));
        FragmentView.Form form = new FragmentView.Form(field(pattern.subject()), field(pattern.predicate()), field(pattern.object()),
                switch (pattern.scope()) {
                    case DEFAULT -> FragmentRequest.DEFAULT_GRAPH;
                    case NAMED -> pattern.graph().getURI();
                    case ANY -> "";
                });
        List<FragmentView.Format> formats = new ArrayList<>();
        for (RdfSyntax s : RdfSyntax.values())
            formats.add(new FragmentView.Format(s.displayName(),
                    FragmentLinks.relative(pattern, request.page(), Optional.of(s.formatName())), s.mediaType()));
        return new FragmentView(title, describe(pattern), form, rows, fragment.total(), request.page(), pages, PAGE_SIZE,
                first, previous, next, formats,
                FragmentLinks.template(site.base(), true));
    }

    private static String field(Node n) {
        return n == null ? "" : FragmentLinks.term(n);
    }

    /** A term shown in a row, linked (IRIs only) to the fragment with it in {@code position}. */
    private FragmentView.Term term(Node n, String position) {
        if (n.isBlank())
            // The ontology's OWL lists: a blank node has no name a request could give, so no link.
            return new FragmentView.Term("_:" + n.getBlankNodeLabel(), "a blank node", null);
        if (!n.isURI())
            return new FragmentView.Term(FragmentLinks.term(n), FragmentLinks.term(n), null);
        QuadPattern to = switch (position) {
            case "predicate" -> new QuadPattern(null, n, null, QuadPattern.Scope.ANY, null);
            case "graph" -> new QuadPattern(null, null, null, QuadPattern.Scope.NAMED, n);
            default -> new QuadPattern(n, null, null, QuadPattern.Scope.ANY, null);
        };
        return new FragmentView.Term(prefixes.abbreviate(n.getURI()), n.getURI(),
                FragmentLinks.relative(to, 1, Optional.empty()));
    }
}
