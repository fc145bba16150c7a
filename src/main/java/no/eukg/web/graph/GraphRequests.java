package no.eukg.web.graph;

import org.eclipse.jetty.http.BadMessageException;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

import jakarta.servlet.http.HttpServletRequest;

import no.eukg.export.graph.GexfVersion;
import no.eukg.export.graph.GraphFormat;
import no.eukg.export.graph.GraphFormats;
import no.eukg.export.graph.GraphView;
import no.eukg.web.HttpError;

/** Reading the graph paths' parameters, with a 400 naming the parameter when one is bad. */
final class GraphRequests {
    static final int MAX_DEPTH = 3;

    private GraphRequests() { }

    /** A parameter; a query string Jetty cannot decode (bad percent-encoding or UTF-8) is a 400. */
    static String param(HttpServletRequest req, String name) {
        try {
            return req.getParameter(name);
        } catch (BadMessageException e) {
            throw HttpError.badRequest("the query string cannot be read (bad percent-encoding or UTF-8)");
        }
    }

    /** {@code lang}: a language tag; {@code en} when absent. */
    static String lang(HttpServletRequest req) {
        String lang = param(req, "lang");
        if (lang == null || lang.isEmpty())
            return "en";
        if (!GraphFormats.isLanguageTag(lang))
            throw HttpError.badRequest("parameter 'lang': '" + lang + "' is not a language tag (e.g. en, nb)");
        return lang;
    }

    /** {@code version}: for GEXF, 1.3 (the default) or 1.2draft; no other format takes it. */
    static GexfVersion gexfVersion(HttpServletRequest req, GraphFormat format) {
        String version = param(req, "version");
        if (version == null || version.isEmpty())
            return GexfVersion.V1_3;
        if (format != GraphFormat.GEXF)
            throw HttpError.badRequest("parameter 'version' is for /graph.gexf only (1.3 or 1.2draft)");
        return GexfVersion.byId(version).orElseThrow(() ->
                HttpError.badRequest("parameter 'version': '" + version + "' is not a GEXF version this server writes (1.3, 1.2draft)"));
    }

    /** {@code view}: facts (the default) or all. */
    static GraphView view(HttpServletRequest req) {
        String view = param(req, "view");
        if (view == null || view.isEmpty())
            return GraphView.FACTS;
        return GraphView.parse(view).orElseThrow(() ->
                HttpError.badRequest("parameter 'view': '" + view + "' is not one of facts, all"));
    }

    /** {@code focus}: an absolute IRI or a blank node id ({@code _:...}), or null when absent. */
    static String focus(HttpServletRequest req) {
        String focus = param(req, "focus");
        if (focus == null || focus.isEmpty())
            return null;
        if (focus.startsWith("_:") && focus.length() > 2)
            return focus;
        try {
            if (IRIx.create(focus).isAbsolute())
                return focus;
        } catch (IRIException e) {
            // reported below
        }
        throw HttpError.badRequest("parameter 'focus': '" + focus + "' is not an absolute IRI");
    }

    /** {@code depth}: 0 to {@value #MAX_DEPTH}, 1 when absent; only with {@code focus}. */
    static int depth(HttpServletRequest req, String focus) {
        String depth = param(req, "depth");
        if (depth == null || depth.isEmpty())
            return 1;
        if (focus == null)
            throw HttpError.badRequest("parameter 'depth' needs parameter 'focus'");
        try {
            int d = Integer.parseInt(depth);
            if (d >= 0 && d <= MAX_DEPTH)
                return d;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw HttpError.badRequest("parameter 'depth': '" + depth + "' is not a whole number from 0 to " + MAX_DEPTH);
    }
}
