package no.eukg.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.query.CannedQuery;
import no.eukg.query.QueryProblem;
import no.eukg.query.QueryResult;
import no.eukg.query.ResultFormat;
import no.eukg.query.ResultWriter;
import no.eukg.query.RunRequest;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;
import no.eukg.web.ResourceServlet;
import no.eukg.web.ResponseCache;
import no.eukg.web.Site;

/**
 * {@code GET|POST /api/queries/{name}[.ext]}: runs a canned query. The results come in the format
 * the extension names ({@code .json .xml .csv .tsv}; {@code .ttl .jsonld .nt .rdf} for CONSTRUCT),
 * else by {@code Accept}, with an HTML table for browsers; {@code .rq} or
 * {@code Accept: application/sparql-query} gives the query itself. Paginated queries answer with
 * RFC 8288 {@code Link} headers (first, prev, next; there is no "last", which would need a count
 * of every result). Every answer has a strong ETag; {@code If-None-Match} gets 304.
 */
final class QueryRunServlet extends ResourceServlet {
    static final String QUERY_TEXT = "application/sparql-query";
    private static final Negotiation ROWS = negotiation(false);
    private static final Negotiation GRAPHS = negotiation(true);
    private final Supplier<QueryApi> api;

    /** @param api the API over the dataset version served now */
    QueryRunServlet(Site site, Supplier<QueryApi> api) {
        super(site);
        this.api = Objects.requireNonNull(api, "api");
    }

    private static Negotiation negotiation(boolean graphs) {
        List<String> offered = new ArrayList<>();
        Map<String, String> extensions = new HashMap<>();
        for (ResultFormat f : ResultFormat.values())
            if (f.forGraphs() == graphs) {
                offered.add(f.mediaType());
                extensions.put(f.extension(), f.mediaType());
            }
        if (!graphs)
            offered.add(1, "application/json");
        offered.add("text/html");
        offered.add(QUERY_TEXT);
        extensions.put("rq", QUERY_TEXT);
        return new Negotiation(offered, extensions);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        run(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        run(req, resp);
    }

    private void run(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", site.link("api/queries"));
            return;
        }
        String segment = path.substring(1);
        if (segment.contains("/"))
            throw HttpError.notFound("no such resource: " + req.getRequestURI());
        String name = segment;
        String ext = null;
        int dot = segment.lastIndexOf('.');
        if (dot > 0) {
            name = segment.substring(0, dot);
            ext = segment.substring(dot + 1);
        }
        QueryApi api = this.api.get();
        CannedQuery query = api.service().catalogue().get(ext == null || known(ext) ? name : segment);
        String method = req.getMethod().equals("HEAD") ? "GET" : req.getMethod();
        if (!query.header().methods().contains(method))
            throw HttpError.methodNotAllowed("query '" + query.name() + "' is run with " + String.join(" or ", query.header().methods()));
        String type = mediaType(query, ext, req.getHeader("Accept"));
        if (type.equals(QUERY_TEXT)) {
            sendText(req, resp, api, query);
            return;
        }
        RunRequest run;
        try {
            run = api.service().bind(query.name(), parameters(req));
        } catch (QueryProblem problem) {
            if (problem.kind() != QueryProblem.Kind.BAD_REQUEST || !type.equals("text/html"))
                throw problem;
            // A browser gets the query's page with why, and the form to mend the request in.
            resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            resp.setContentType("text/html; charset=utf-8");
            resp.getWriter().write(templates.render("query-run", api.pages().problemView(query, parameters(req), problem.getMessage())));
            return;
        }
        String key = run.key() + "\u0000" + type;
        String linkExt = ext;
        CachedResponses.send(req, resp, site, api, key, () -> render(api, run, type, linkExt));
    }

    private static boolean known(String ext) {
        return ext.equals("rq") || ResultFormat.byExtension(ext).isPresent();
    }

    /** The extension's format if it fits the query, else the best by {@code Accept}. */
    private static String mediaType(CannedQuery query, String ext, String accept) {
        Negotiation formats = query.returnsGraph() ? GRAPHS : ROWS;
        if (ext == null)
            return formats.choose(accept);
        if (ext.equals("rq"))
            return QUERY_TEXT;
        ResultFormat f = ResultFormat.byExtension(ext).orElseThrow();
        if (f.forGraphs() != query.returnsGraph())
            throw HttpError.notAcceptable("the results of " + query.form() + " query '" + query.name() + "' are not available as ."
                    + ext + "; use " + String.join(", ", ResultFormat.forQuery(query).stream().map(x -> "." + x.extension()).toList()));
        return f.mediaType();
    }

    private static Map<String, List<String>> parameters(HttpServletRequest req) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> out.put(k, Arrays.asList(v)));
        return out;
    }

    /** @param ext the extension the request named, kept by its links to other pages */
    private ResponseCache.Entry render(QueryApi api, RunRequest run, String type, String ext) {
        QueryResult result = api.service().run(run);
        boolean hasNext = result instanceof QueryResult.Rows rows && rows.hasNext();
        List<ResponseCache.Entry.Header> headers = links(api.pages(), run, ext, hasNext)
                .map(l -> List.of(new ResponseCache.Entry.Header("Link", l))).orElse(List.of());
        if (type.equals("text/html")) {
            String html = templates.render("query-run", api.pages().runView(run, result));
            return new ResponseCache.Entry(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", headers);
        }
        ResultFormat format = type.equals("application/json") ? ResultFormat.JSON : ResultFormat.byMediaType(type).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter.write(result, format, out);
        String contentType = type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.equals("application/n-triples")
                ? type + "; charset=utf-8" : type;
        return new ResponseCache.Entry(out.toByteArray(), contentType, headers);
    }

    /** RFC 8288 links to the first, previous and next pages of a paginated query: its navigation, as a header. */
    private static Optional<String> links(QueryPages pages, RunRequest run, String ext, boolean hasNext) {
        return pages.nav(run, ext, hasNext).map(nav -> {
            List<String> links = new ArrayList<>();
            links.add("<" + nav.first() + ">; rel=\"first\"");
            if (nav.prev() != null)
                links.add("<" + nav.prev() + ">; rel=\"prev\"");
            if (nav.next() != null)
                links.add("<" + nav.next() + ">; rel=\"next\"");
            return String.join(", ", links);
        });
    }

    private void sendText(HttpServletRequest req, HttpServletResponse resp, QueryApi api, CannedQuery query) throws IOException {
        String text = api.pages().queryText(query);
        CachedResponses.send(req, resp, site, api, "text\u0000" + query.name(),
                () -> new ResponseCache.Entry(text.getBytes(StandardCharsets.UTF_8), QUERY_TEXT + "; charset=utf-8"));
    }
}
