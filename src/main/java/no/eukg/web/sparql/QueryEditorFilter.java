package no.eukg.web.sparql;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.DEF;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;
import no.eukg.web.QueryLink;
import no.eukg.web.Site;

/**
 * {@code /sparql} for a person: a browser that asks for the endpoint (or for a query, as a link to
 * {@code /sparql?query=...} does) gets YASGUI, the SPARQL editor, served from the jar, with the
 * query loaded and run, and the canned queries as examples. It evaluates nothing itself: the editor
 * sends its queries to this same endpoint, as any client does, so it takes no slot of the gate.
 * Only a client that prefers HTML to every results and RDF format gets it: {@code *}/{@code *},
 * an explicit {@code format=} and a Graph Store read go on to the protocol as before.
 */
final class QueryEditorFilter implements Filter {
    private static final String HTML = "text/html";
    /** Every format the endpoint answers in, HTML last, so that only a client that prefers it gets it. */
    private static final Negotiation NEGOTIATION = new Negotiation(offers(), Map.of());

    private final Site site;
    private final List<Example> examples;
    private final ServiceDescription description;

    /** A canned query offered as an example: its text is fetched from the API when chosen. */
    record Example(String name, String summary, String text) { }

    /** What the template shows. */
    record View(String title, String endpoint, String query, List<Example> examples, List<Property> about) {
        boolean hasExamples() { return !examples.isEmpty(); }
    }

    /** A property of the service description and its values, prefixed, as the page lists them. */
    record Property(String name, List<Value> values) { }

    /** A value: an IRI (linked when it is on the Web) or a literal. */
    record Value(String text, String href) { }

    /**
     * @param description the endpoint's SPARQL Service Description, shown below the editor (the
     *                    same graph a client gets as RDF)
     */
    QueryEditorFilter(Site site, List<QueryLink> queries, ServiceDescription description) {
        this.site = Objects.requireNonNull(site, "site");
        this.description = Objects.requireNonNull(description, "description");
        this.examples = queries.stream()
                .map(q -> new Example(q.name(), q.summary(), site.link("api/queries/" + q.name() + ".rq")))
                .toList();
    }

    private static List<String> offers() {
        List<String> offers = new ArrayList<>();
        DEF.rsOfferTable.entries().forEach(m -> offers.add(m.getContentTypeStr()));
        DEF.rdfOffer.entries().forEach(m -> offers.add(m.getContentTypeStr()));
        offers.add(HTML);
        return offers;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        if (!wantsEditor(http)) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse out = (HttpServletResponse) res;
        out.addHeader("Vary", "Accept");
        out.setHeader("Cache-Control", "no-cache");
        out.setContentType("text/html; charset=utf-8");
        if (http.getMethod().equals("HEAD"))
            return;
        String query = http.getParameter("query");
        out.getWriter().write(site.templates().render("sparql-editor",
                new View("SPARQL", site.link("sparql"), query == null ? "" : query, examples, about())));
    }

    /** The service description as the page shows it: every property but the types, prefixed, in name order. */
    private List<Property> about() {
        Graph g = description.graph();
        PrefixMapping prefixes = g.getPrefixMapping();
        Map<String, List<Value>> byName = new java.util.TreeMap<>();
        g.find().forEachRemaining(t -> {
            if (t.getPredicate().equals(RDF.type.asNode()))
                return;
            Node o = t.getObject();
            Value v = o.isURI() ? new Value(prefixes.shortForm(o.getURI()), o.getURI().startsWith("http") ? o.getURI() : null)
                    : new Value(o.isLiteral() ? o.getLiteralLexicalForm() : "(the default graph)", null);
            byName.computeIfAbsent(prefixes.shortForm(t.getPredicate().getURI()), k -> new ArrayList<>()).add(v);
        });
        List<Property> about = new ArrayList<>();
        byName.forEach((name, values) -> about.add(new Property(name, values.stream()
                .sorted(java.util.Comparator.comparing(Value::text)).toList())));
        return about;
    }

    private static boolean wantsEditor(HttpServletRequest req) {
        String method = req.getMethod();
        if (!(method.equals("GET") || method.equals("HEAD")) || FormatParameter.given(req) || ProtocolFilter.isGraphStore(req))
            return false;
        String accept = req.getHeader("Accept");
        if (accept == null)
            return false;
        try {
            return NEGOTIATION.choose(accept).equals(HTML);
        } catch (HttpError noneFits) {
            return false;
        }
    }
}
