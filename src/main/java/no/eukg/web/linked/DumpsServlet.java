package no.eukg.web.linked;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import no.eukg.export.DumpInfo;
import no.eukg.export.Dumps;
import no.eukg.export.InteropException;
import no.eukg.web.Conditional;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;
import no.eukg.web.ResourceServlet;

/**
 * {@code /dumps/}: the list of dump files (HTML or JSON; {@code /dumps/index.json} names the
 * format) with size, statement count and SHA-256; and {@code /dumps/truthy.ttl},
 * {@code /dumps/dataset.trig} and the rest, the files themselves. A dump that fails the interop
 * gate is a 500 that says why.
 *
 * <p>The triple-only dumps were once {@code dataset.ttl} and the like; those addresses answer
 * {@code 301} to the truthy files, which hold what they always held (the default graph), so that
 * no published link breaks.
 */
final class DumpsServlet extends ResourceServlet {
    private final LinkedData ld;
    private final Negotiation listing = new Negotiation(List.of("text/html", "application/json"),
            Map.of("html", "text/html", "json", "application/json"));

    DumpsServlet(LinkedData ld) {
        super(ld.site());
        this.ld = Objects.requireNonNull(ld, "ld");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", ld.links().to("dumps/"));
            return;
        }
        try {
            if (path.equals("/") || path.equals("/index.html") || path.equals("/index.json"))
                list(req, resp);
            else
                file(req, resp, path.substring(1));
        } catch (InteropException e) {
            throw new HttpError(500, e.getMessage());
        }
    }

    private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = listing.choose(req);
        if (req.getPathInfo().equals("/"))
            resp.addHeader("Vary", "Accept");
        if (Conditional.notModified(req, resp, site.version(), "dumps|" + type))
            return;
        List<DumpInfo> dumps = ld.now().dumps().list();
        resp.setHeader("Cache-Control", "public, max-age=300");
        if (type.equals("application/json")) {
            JsonArray files = new JsonArray();
            for (DumpInfo d : dumps) {
                JsonObject o = new JsonObject();
                o.put("file", d.fileName());
                o.put("url", ld.links().to("dumps/" + d.fileName()));
                o.put("format", d.syntax().formatName());
                o.put("mediaType", d.syntax().mediaType());
                o.put("contentType", d.contentType());
                o.put("gzipped", d.gzipped());
                o.put("namedGraphs", d.syntax().quads());
                o.put("holds", d.syntax().quads() ? "full" : "truthy");
                o.put("bytes", d.bytes());
                o.put("statements", d.statements());
                o.put("sha256", d.sha256());
                files.add(o);
            }
            JsonObject body = new JsonObject();
            body.put("dataset", ld.now().dataset().datasetIri());
            body.put("dumps", files);
            resp.setContentType("application/json; charset=utf-8");
            resp.getWriter().write(body.toString());
            return;
        }
        List<DumpsView.Row> rows = new ArrayList<>();
        for (DumpInfo d : dumps)
            rows.add(new DumpsView.Row(d.fileName(), ld.links().to("dumps/" + d.fileName()),
                    d.syntax().displayName() + (d.gzipped() ? ", gzipped" : ""),
                    d.syntax().quads() ? "full dataset: every fact in its named graph, with its sentence and modality"
                            : "truthy graph: the default graph, what the text states as the case",
                    String.format(Locale.ROOT, "%,d", d.bytes()), String.format(Locale.ROOT, "%,d", d.statements()), d.sha256()));
        resp.setContentType("text/html; charset=utf-8");
        templates.render("dumps", new DumpsView(rows, ld.links().to("dumps/index.json"), ld.links().to(".well-known/void")),
                resp.getWriter());
    }

    private void file(HttpServletRequest req, HttpServletResponse resp, String name) throws IOException {
        Optional<String> moved = Dumps.renamed(name);
        if (moved.isPresent()) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", ld.links().to("dumps/" + moved.get()));
            return;
        }
        send(ld, req, resp, ld.now().dumps().find(name).orElseThrow(() -> HttpError.notFound("no dump named '" + name
                + "': see " + ld.links().to("dumps/"))));
    }

    /**
     * Sends a dump file, its SHA-256 the strong ETag: the one way a dump is downloaded, from
     * {@code /dumps/} or under a release's versioned path.
     */
    static void send(LinkedData ld, HttpServletRequest req, HttpServletResponse resp, DumpInfo info) throws IOException {
        if (Conditional.notModified(req, resp, "\"" + info.sha256() + "\"", ld.site().version().loadedAt()))
            return;
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setContentType(info.httpContentType());
        resp.setContentLengthLong(info.bytes());
        if ("HEAD".equals(req.getMethod()))
            return;
        ld.now().dumps().write(info, resp.getOutputStream());
    }
}
