package no.eukg.web.linked;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

import no.eukg.export.InteropException;
import no.eukg.graph.TruncatedAnswerException;
import no.eukg.linked.DatasetDescription;
import no.eukg.linked.DatasetMarkup;
import no.eukg.linked.DatasetStatistics;
import no.eukg.linked.Labels;
import no.eukg.linked.OntologyDocument;
import no.eukg.web.Conditional;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;
import no.eukg.web.QueryLink;
import no.eukg.web.ResourceServlet;
import no.eukg.web.linked.HomeView.ClassUse;
import no.eukg.web.linked.HomeView.Count;
import no.eukg.web.linked.HomeView.QueryEntry;
import no.eukg.web.linked.HomeView.SiteLinks;

/**
 * {@code /}: what the dataset is and how big, the search box, the canned queries, and links to
 * the endpoint, the dumps, the explorer, the ontology and the source text; for search engines, the
 * dataset as a schema.org {@code Dataset} ({@link DatasetMarkup}).
 */
final class HomeServlet extends ResourceServlet {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HomeServlet.class);
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
        if (Conditional.notModified(req, resp, site.version(), "home|" + lang))
            return;
        resp.setHeader("Cache-Control", "public, max-age=300");
        resp.setHeader("Content-Language", lang);
        resp.setContentType("text/html; charset=utf-8");
        templates.render("home", model(lang), resp.getWriter());
    }

    private HomeView model(String lang) {
        Links links = ld.links();
        DatasetDescription dataset = ld.now().dataset();
        DatasetStatistics.Counts c = ld.now().statistics().counts();
        List<Count> counts = List.of(count("triples", c.triples()), count("entities", c.entities()), count("facts", c.facts()),
                count("sentences", c.sentences()), count("entity mentions", c.mentions()));
        List<QueryEntry> queries = new ArrayList<>();
        for (QueryLink q : ld.queries())
            queries.add(new QueryEntry(q.name(), q.summary(), q.description(), links.to("api/queries/" + Links.encode(q.name())), q.topic()));
        List<Link> examples = new ArrayList<>();
        for (Node e : ld.now().statistics().examples()) {
            var g = ld.now().describer().describe(e, false).graph();
            examples.add(new Link(Labels.literal(g, e, Labels.NAME, lang).orElse(Labels.localName(e.getURI())), links.href(e)));
        }
        OntologyDocument ont = ld.now().ontology().get();
        Map<Node, Long> uses = ont.uses(ld.now().statistics());
        List<ClassUse> classes = ont.classes().stream().filter(t -> uses.get(t.iri()) > 0)
                .sorted(Comparator.comparingLong((OntologyDocument.Term t) -> uses.get(t.iri())).reversed())
                .map(t -> new ClassUse(Labels.literal(ont.graph(), t.iri(), List.of(RDFS.label.asNode()), lang).orElse(t.fragment()),
                        links.href(t.iri()), uses.get(t.iri())))
                .toList();
        SiteLinks siteLinks = new SiteLinks(links.to("sparql"), links.to("dumps/"), links.to("explore"), links.to("ontology"),
                links.to("source"), links.to(".well-known/void"), links.to("api/queries"), links.to("search"));
        // The markup lists the dumps, which are built (once per version) to know their sizes. A dump
        // that failed its check, or a remote store that cannot be read whole, leaves the downloads
        // out of the home page's markup; /dumps/ and /dataset say why.
        DatasetMarkup datasetMarkup = new DatasetMarkup(dataset, ld.now().statistics(), links.base());
        String markup;
        try {
            markup = datasetMarkup.script(ld.now().dumps().list());
        } catch (InteropException | TruncatedAnswerException e) {
            LOG.warn("the home page's markup lists no downloads: {}", e.getMessage());
            markup = datasetMarkup.script(List.of());
        }
        return new HomeView(dataset.title(), lang, dataset.description(), dataset.rights(), dataset.sourcePage(), counts,
                queries, examples, classes, siteLinks, markup);
    }

    private static Count count(String what, long n) {
        return new Count(String.format(Locale.ROOT, "%,d", n), what);
    }
}
