package no.eukg.web.linked;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

import no.eukg.linked.DatasetStatistics;
import no.eukg.linked.Labels;
import no.eukg.linked.OntologyDocument;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;
import no.eukg.web.QueryLink;
import no.eukg.web.ResourceServlet;

/**
 * {@code /}: what the dataset is and how big, the search box, the canned queries, and links to
 * the endpoint, the dumps, the explorer, the ontology and the source text.
 */
final class HomeServlet extends ResourceServlet {
    private final LinkedData ld;
    private final Negotiation negotiation = new Negotiation(List.of("text/html"), Map.of());

    HomeServlet(LinkedData ld) {
        super(ld.site());
        this.ld = Objects.requireNonNull(ld, "ld");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (!path.isEmpty() && !path.equals("/"))
            throw HttpError.notFound("nothing at " + req.getRequestURI());
        negotiation.choose(req.getHeader("Accept"));
        resp.addHeader("Vary", "Accept, Accept-Language");
        String lang = PageLanguage.of(req);
        if (ld.conditional().notModified(req, resp, ld.conditional().etag("home|" + lang)))
            return;
        resp.setHeader("Cache-Control", "public, max-age=300");
        resp.setHeader("Content-Language", lang);
        resp.setContentType("text/html; charset=utf-8");
        templates.render("home", model(lang), resp.getWriter());
    }

    private Map<String, Object> model(String lang) {
        Links links = ld.links();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", ld.now().dataset().title());
        m.put("lang", lang);
        m.put("heading", ld.now().dataset().title());
        m.put("description", ld.now().dataset().description());
        m.put("rights", ld.now().dataset().rights());
        ld.now().dataset().sourcePage().ifPresent(p -> m.put("sourcePage", p));
        DatasetStatistics.Counts c = ld.now().statistics().counts();
        m.put("counts", List.of(count("triples", c.triples()), count("entities", c.entities()), count("facts", c.facts()),
                count("sentences", c.sentences()), count("entity mentions", c.mentions())));
        List<Map<String, String>> queries = new ArrayList<>();
        for (QueryLink q : ld.queries())
            queries.add(Map.of("name", q.name(), "summary", q.summary(), "description", q.description(),
                    "href", links.to("api/queries/" + Links.encode(q.name()))));
        m.put("queries", queries);
        List<Map<String, String>> examples = new ArrayList<>();
        for (Node e : ld.now().statistics().examples()) {
            var g = ld.now().describer().describe(e, false).graph();
            examples.add(Map.of("label", Labels.literal(g, e, Labels.NAME, lang).orElse(Labels.localName(e.getURI())),
                    "href", links.href(e)));
        }
        m.put("examples", examples);
        OntologyDocument ont = ld.now().ontology().get();
        List<Map<String, Object>> classes = new ArrayList<>();
        ont.classes().stream().filter(t -> t.uses() > 0).sorted(Comparator.comparingLong(OntologyDocument.Term::uses).reversed())
                .forEach(t -> classes.add(Map.of("label", Labels.literal(ont.graph(), t.iri(), List.of(RDFS.label.asNode()), lang)
                        .orElse(t.fragment()), "href", links.href(t.iri()), "uses", t.uses())));
        m.put("classes", classes);
        m.put("links", Map.of("sparql", links.to("sparql"), "dumps", links.to("dumps/"), "explore", links.to("explore"),
                "ontology", links.to("ontology"), "source", links.to("source"), "void", links.to(".well-known/void"),
                "queries", links.to("api/queries"), "search", links.to("search")));
        return Scopes.withFlags(m);
    }

    private static Map<String, Object> count(String what, long n) {
        return Map.of("what", what, "n", String.format(java.util.Locale.ROOT, "%,d", n));
    }
}
