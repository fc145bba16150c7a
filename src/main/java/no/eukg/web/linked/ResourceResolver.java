package no.eukg.web.linked;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.graph.NodeFactory;

import no.eukg.linked.Describer;
import no.eukg.linked.Description;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;

/**
 * From a request under {@code /id/}, {@code /page/} or {@code /data/} to the resource it names.
 * The path is tried decoded first ({@code troms%C3%B8} is the IRI {@code <namespace>id/tromsø}), then
 * as sent, for a graph whose IRIs hold percent escapes themselves.
 */
final class ResourceResolver {
    private final LinkedData ld;

    ResourceResolver(LinkedData ld) {
        this.ld = Objects.requireNonNull(ld, "ld");
    }

    /** A resource found: its local name under id/ and its description. */
    record Found(String local, Description description) { }

    /**
     * @param extensions strips a known extension from the path first (for {@code /data/x.ttl}), or null
     * @throws HttpError 404 when no candidate is in the graph
     */
    Found resolve(HttpServletRequest req, Negotiation extensions, boolean allIncoming) {
        List<String> candidates = candidates(req, extensions);
        if (candidates.isEmpty())
            throw HttpError.notFound("no resource named: the path " + req.getRequestURI() + " has no name after the prefix");
        Links links = ld.links();
        return ld.site().gate().evaluate(() -> {
            Describer describer = ld.now().describer();
            for (String local : candidates) {
                Description d = describer.describe(NodeFactory.createURI(links.iri(local)), allIncoming);
                if (d.exists())
                    return new Found(local, d);
            }
            throw HttpError.notFound("the graph has nothing about <" + links.iri(candidates.get(0)) + ">");
        });
    }

    /** The local names the request may mean: decoded, then raw. */
    static List<String> candidates(HttpServletRequest req, Negotiation extensions) {
        List<String> list = new ArrayList<>();
        String decoded = req.getPathInfo();
        if (decoded != null && decoded.length() > 1) {
            String d = extensions == null ? decoded : extensions.stripExtension(decoded);
            list.add(d.substring(1));
        }
        String uri = req.getRequestURI();
        String prefix = req.getContextPath() + req.getServletPath();
        if (uri.startsWith(prefix) && uri.length() > prefix.length() + 1) {
            String raw = uri.substring(prefix.length());
            String r = extensions == null ? raw : extensions.stripExtension(raw);
            String local = r.substring(1);
            if (!list.contains(local) && !local.isEmpty())
                list.add(local);
        }
        list.removeIf(String::isEmpty);
        return list;
    }

    /** {@code ?incoming=all}, or nothing; anything else is a 400 naming the parameter. */
    static boolean allIncoming(HttpServletRequest req) {
        String v = Params.get(req, "incoming");
        if (v == null)
            return false;
        if (v.equals("all"))
            return true;
        throw HttpError.badRequest("parameter incoming: '" + v + "' is not 'all' (leave it out for the first "
                + Describer.INCOMING_SHOWN + " incoming links)");
    }
}
