package no.eukg.web.linked;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.export.Dumps;
import no.eukg.export.RdfSyntax;
import no.eukg.releases.FactChange;
import no.eukg.releases.Release;
import no.eukg.releases.ReleaseHistory;
import no.eukg.releases.Releases;
import no.eukg.web.Conditional;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;
import no.eukg.web.ResourceServlet;

/**
 * {@code /releases/}: every release of the dataset with what changed against the one before it,
 * fact by fact with the sentences each cites, as a page or as RDF (DCAT releases with
 * {@code nkg:addedFact}, {@code nkg:removedFact}, {@code nkg:changedFact}); and each release's
 * full dataset under a versioned path, {@code /releases/VERSION/dataset.nq.gz}: an earlier
 * release's as it was published, the current one's the dump of {@code /dumps/}.
 */
final class ReleasesServlet extends ResourceServlet {
    private final LinkedData ld;
    private final Negotiation negotiation = new Negotiation(RdfResponses.TYPES_AND_HTML, RdfResponses.EXTENSIONS_AND_HTML);

    ReleasesServlet(LinkedData ld) {
        super(ld.site());
        this.ld = Objects.requireNonNull(ld, "ld");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", ld.links().to("releases/"));
            return;
        }
        Releases releases = ld.now().releases();
        if (releases.history().isEmpty())
            throw HttpError.notFound("this graph declares no releases (no " + ReleaseHistory.FOLDER + "/releases.ttl)");
        if (path.equals("/") || path.startsWith("/index."))
            list(req, resp, releases, path);
        else
            download(req, resp, releases, path.substring(1));
    }

    private void list(HttpServletRequest req, HttpServletResponse resp, Releases releases, String path) throws IOException {
        boolean byExtension = negotiation.extension(path).isPresent();
        if (!byExtension)
            resp.addHeader("Vary", "Accept");
        String type = negotiation.choose(req);
        resp.setHeader("Cache-Control", "public, max-age=300");
        if (Conditional.notModified(req, resp, site.version(), "releases|" + type))
            return;
        Optional<RdfSyntax> syntax = RdfSyntax.byMediaType(type);
        if (syntax.isPresent()) {
            ld.rdf().send(resp, syntax.get(), releases.graph(this::download));
            return;
        }
        List<ReleasesView.Entry> entries = new ArrayList<>();
        List<Release> newestFirst = new ArrayList<>(releases.history());
        java.util.Collections.reverse(newestFirst);
        for (Release r : newestFirst)
            entries.add(ReleasesView.entry(r, download(r), releases.changes(r), ld.links()));
        resp.setContentType("text/html; charset=utf-8");
        templates.render("releases", new ReleasesView(entries, ld.links().to("releases/index.ttl")), resp.getWriter());
    }

    /** {@code VERSION/dataset.nq.gz}, the only file a release keeps. */
    private void download(HttpServletRequest req, HttpServletResponse resp, Releases releases, String rest) throws IOException {
        int slash = rest.indexOf('/');
        String version = slash < 0 ? rest : rest.substring(0, slash);
        Release release = releases.find(version).orElseThrow(() -> HttpError.notFound("no release '" + version + "': see "
                + ld.links().to("releases/")));
        String file = slash < 0 ? "" : rest.substring(slash + 1);
        if (!file.equals(ReleaseHistory.DUMP))
            throw HttpError.notFound("release " + version + " keeps one file, " + ReleaseHistory.DUMP + ": see " + ld.links().to("releases/"));
        if (release.current()) {
            // The current release is what /dumps/ serves: the same bytes, under the versioned path too.
            DumpsServlet.send(ld, req, resp, ld.now().dumps().find(Dumps.FULL + ".nq.gz").orElseThrow());
            return;
        }
        java.nio.file.Path kept = release.dump().orElseThrow();
        resp.setHeader("Cache-Control", "public, max-age=86400, immutable");
        if (Conditional.notModified(req, resp, "\"release-" + version + "\"", site.version().loadedAt()))
            return;
        resp.setContentType("application/gzip");
        resp.setContentLengthLong(Files.size(kept));
        if (!"HEAD".equals(req.getMethod()))
            Files.copy(kept, resp.getOutputStream());
    }

    private String download(Release r) {
        return ld.links().to("releases/" + r.version() + "/" + ReleaseHistory.DUMP);
    }

    /** The kinds of change, for the page. */
    static String kind(FactChange.Kind k) {
        return switch (k) { case ADDED -> "added"; case REMOVED -> "removed"; case CHANGED -> "changed"; };
    }
}
