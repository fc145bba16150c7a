package no.eukg.web.linked;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import no.eukg.linked.LabelSearch;
import no.eukg.linked.SearchHit;
import no.eukg.web.Conditional;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;
import no.eukg.web.ResourceServlet;

/**
 * {@code /search?q=} (and {@code /search.json?q=}): label search in English and Norwegian, ranked,
 * as HTML or JSON. {@code limit} (1 to 100, default 20) bounds the results.
 */
final class SearchServlet extends ResourceServlet {
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final LinkedData ld;
    private final Negotiation negotiation = new Negotiation(List.of("text/html", "application/json"),
            Map.of("html", "text/html", "json", "application/json"));

    SearchServlet(LinkedData ld) {
        super(ld.site());
        this.ld = Objects.requireNonNull(ld, "ld");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath();
        boolean byExtension = negotiation.extension(path).isPresent();
        if (!byExtension)
            resp.addHeader("Vary", "Accept, Accept-Language");
        String type = byExtension ? (path.endsWith(".json") ? "application/json" : "text/html") : negotiation.choose(req.getHeader("Accept"));
        String q = Params.get(req, "q");
        if (q == null)
            throw HttpError.badRequest("parameter q is required: the words to look for in labels");
        q = q.strip();
        if (q.isEmpty())
            throw HttpError.badRequest("parameter q is empty: give the words to look for in labels");
        if (q.length() > LabelSearch.MAX_QUERY)
            throw HttpError.badRequest("parameter q is " + q.length() + " characters long; the most is " + LabelSearch.MAX_QUERY);
        int limit = limit(Params.get(req, "limit"));
        String lang = PageLanguage.of(req);
        if (Conditional.notModified(req, resp, site.version(), "search|" + type + "|" + lang + "|" + limit + "|" + q))
            return;
        String words = q;
        List<SearchHit> hits = ld.site().gate().evaluate(() -> ld.now().search().search(words, limit));
        resp.setHeader("Cache-Control", "public, max-age=300");
        if (type.equals("application/json")) {
            JsonArray results = new JsonArray();
            for (SearchHit h : hits) {
                JsonObject o = new JsonObject();
                o.put("iri", h.resource().getURI());
                o.put("label", h.label().getLiteralLexicalForm());
                o.put("lang", h.label().getLiteralLanguage());
                o.put("page", ld.links().href(h.resource()));
                o.put("score", org.apache.jena.atlas.json.JsonNumber.value(h.score()));
                results.add(o);
            }
            JsonObject body = new JsonObject();
            body.put("query", q);
            body.put("results", results);
            resp.setContentType("application/json; charset=utf-8");
            resp.getWriter().write(body.toString());
            return;
        }
        List<SearchView.Result> results = new ArrayList<>();
        for (SearchHit h : hits)
            results.add(new SearchView.Result(ld.links().href(h.resource()), h.label().getLiteralLexicalForm(),
                    h.label().getLiteralLanguage(), h.resource().getURI()));
        String json = ld.links().to("search.json") + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        resp.setContentType("text/html; charset=utf-8");
        templates.render("search", new SearchView(lang, q, results, json), resp.getWriter());
    }

    private static int limit(String given) {
        if (given == null)
            return DEFAULT_LIMIT;
        try {
            int n = Integer.parseInt(given.strip());
            if (n >= 1 && n <= MAX_LIMIT)
                return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw HttpError.badRequest("parameter limit: '" + given + "' is not a whole number from 1 to " + MAX_LIMIT);
    }
}
