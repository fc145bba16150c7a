package no.eukg.web.graph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.export.graph.GexfVersion;
import no.eukg.export.graph.GraphFormat;
import no.eukg.export.graph.GraphFormats;
import no.eukg.export.graph.GraphView;
import no.eukg.export.graph.PropertyGraph;
import no.eukg.export.graph.StoreGraphs;
import no.eukg.web.HttpError;
import no.eukg.web.ResourceServlet;
import no.eukg.web.ResponseCache;
import no.eukg.web.Site;

/**
 * {@code /graph.<ext>}: the graph in one format. GET gives the whole graph, or with
 * {@code focus=IRI&depth=N} the nodes within N steps of one (N up to 3); {@code lang} picks the
 * label language, {@code view} the facts view (default) or all. POST with a JSON body
 * {@code {"nodes": [ids], "edges": [ids]}} gives just those elements (the explorer's "export the
 * current view"); without {@code edges}, every edge between the nodes.
 */
final class GraphExportServlet extends ResourceServlet {
    private static final int MAX_BODY = 4 * 1024 * 1024;
    private final Supplier<StoreGraphs> graphs;
    private final GraphFormat format;

    GraphExportServlet(Site site, Supplier<StoreGraphs> graphs, GraphFormat format) {
        super(site);
        this.graphs = Objects.requireNonNull(graphs, "graphs");
        this.format = Objects.requireNonNull(format, "format");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String lang = GraphRequests.lang(req);
        GraphView view = GraphRequests.view(req);
        String focus = GraphRequests.focus(req);
        int depth = GraphRequests.depth(req, focus);
        GexfVersion gexf = GraphRequests.gexfVersion(req, format);
        String variant = String.join("\n", "graph", format.id(), gexf.id(), view.id(), lang, focus == null ? "" : focus, Integer.toString(depth));
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("Content-Disposition", disposition());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        // Kept rendered in the one response cache: a repeated export costs a lookup, and no slot.
        site.responses().answer(req, resp, site.version(), variant, () -> {
            PropertyGraph whole = site.gate().evaluate(() -> graphs.get().graph(view, lang));
            PropertyGraph graph = whole;
            if (focus != null) {
                if (whole.node(focus).isEmpty())
                    throw HttpError.notFound("parameter 'focus': <" + focus + "> is not a node of the graph (" + view.id() + " view)");
                graph = whole.neighbourhood(focus, depth);
            }
            return new ResponseCache.Entry(render(graph, gexf), contentType(format));
        });
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = Objects.requireNonNullElse(req.getContentType(), "").split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json"))
            throw new HttpError(415, "send the elements as application/json: {\"nodes\": [ids], \"edges\": [ids]}");
        JsonObject body = json(req.getInputStream());
        List<String> nodes = ids(body, "nodes", true);
        List<String> edges = ids(body, "edges", false);
        String lang = GraphRequests.lang(req);
        GraphView view = GraphRequests.view(req);
        GexfVersion gexf = GraphRequests.gexfVersion(req, format);
        PropertyGraph whole = site.gate().evaluate(() -> graphs.get().graph(view, lang));
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("Content-Disposition", disposition());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        new ResponseCache.Entry(render(whole.restrict(nodes, edges), gexf), contentType(format)).send(req, resp);
    }

    private byte[] render(PropertyGraph graph, GexfVersion gexf) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        GraphFormats.write(graph, format, gexf, body);
        return body.toByteArray();
    }

    private String disposition() {
        return "inline; filename=\"graph." + format.extension() + "\"";
    }

    static String contentType(GraphFormat format) {
        return format == GraphFormat.CYJS ? format.mediaType() : format.mediaType() + "; charset=utf-8";
    }

    private static JsonObject json(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY)
            throw new HttpError(413, "the body is larger than " + MAX_BODY + " bytes");
        JsonValue v;
        try {
            v = JSON.parseAny(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonException e) {
            throw HttpError.badRequest("body: not JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // Jena's JSON parser can fail with other exceptions on truncated input.
            throw HttpError.badRequest("body: not JSON");
        }
        if (!v.isObject())
            throw HttpError.badRequest("body: expected a JSON object {\"nodes\": [ids], \"edges\": [ids]}");
        return v.getAsObject();
    }

    private static List<String> ids(JsonObject body, String key, boolean required) {
        JsonValue v = body.get(key);
        if (v == null) {
            if (required)
                throw HttpError.badRequest("body: '" + key + "' is missing (an array of ids)");
            return null;
        }
        if (!v.isArray())
            throw HttpError.badRequest("body: '" + key + "' must be an array of ids");
        List<String> ids = new ArrayList<>();
        for (JsonValue id : v.getAsArray()) {
            if (!id.isString())
                throw HttpError.badRequest("body: '" + key + "' must hold only strings");
            ids.add(id.getAsString().value());
        }
        return ids;
    }
}
