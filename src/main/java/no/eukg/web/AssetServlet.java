package no.eukg.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Static files from the jar: {@code /static/*} from {@code src/main/resources/static/} and
 * {@code /webjars/*} from the webjars on the class path (Cytoscape.js, swagger-ui). Nothing is
 * fetched from a CDN, so every page works offline.
 */
public final class AssetServlet extends ResourceServlet {
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript", "mjs", "text/javascript", "css", "text/css", "svg", "image/svg+xml",
            "png", "image/png", "json", "application/json", "map", "application/json", "html", "text/html",
            "woff2", "font/woff2", "ico", "image/x-icon");
    private final String classpathRoot;

    /** @param classpathRoot e.g. {@code static} or {@code META-INF/resources/webjars} */
    public AssetServlet(Site site, String classpathRoot) {
        super(site);
        this.classpathRoot = Objects.requireNonNull(classpathRoot, "classpathRoot");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        // Class-path lookups do not resolve "..", but refuse it anyway so no path can climb out.
        if (path == null || path.contains("..") || path.contains("\\") || path.endsWith("/"))
            throw HttpError.notFound("no such asset: " + req.getRequestURI());
        try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(classpathRoot + path)) {
            if (in == null)
                throw HttpError.notFound("no such asset: " + req.getRequestURI());
            String ext = path.substring(path.lastIndexOf('.') + 1);
            String type = TYPES.getOrDefault(ext, Objects.requireNonNullElse(URLConnection.guessContentTypeFromName(path), "application/octet-stream"));
            resp.setContentType(type.startsWith("text/") || type.endsWith("json") ? type + "; charset=utf-8" : type);
            resp.setHeader("Cache-Control", "public, max-age=86400");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(resp.getOutputStream());
        }
    }
}
