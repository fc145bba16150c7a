package no.eukg.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The site's root files, which crawlers and browsers ask for whatever the pages link:
 * {@code /robots.txt} and {@code /favicon.ico}; and, as the default servlet, every path nothing
 * else serves, answered with the site's 404.
 */
public final class RootServlet extends ResourceServlet {
    /**
     * Crawlers may follow every resource (that is what dereferenceable IRIs are for) but not run
     * queries: each /sparql, canned-query or export request evaluates against the store, and a
     * crawler following their links would walk an unbounded space of parameters.
     */
    static final String ROBOTS = String.join("\n",
            "User-agent: *",
            "Allow: /",
            "Disallow: /sparql",
            "Disallow: /api/queries/",
            "Disallow: /graph.",
            "Disallow: /explore",
            "Disallow: /search",
            "");

    public RootServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (path.equals("/robots.txt")) {
            send(resp, "text/plain; charset=utf-8", ROBOTS.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path.equals("/favicon.ico")) {
            // Browsers ask for /favicon.ico whatever the page links; the site's icon is an SVG.
            try (InputStream in = RootServlet.class.getClassLoader().getResourceAsStream("static/favicon.svg")) {
                if (in == null)
                    throw HttpError.notFound("no icon");
                send(resp, "image/svg+xml", in.readAllBytes());
            }
            return;
        }
        throw HttpError.notFound("nothing here: " + path);
    }

    private static void send(HttpServletResponse resp, String type, byte[] body) throws IOException {
        resp.setContentType(type);
        resp.setHeader("Cache-Control", "public, max-age=86400");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
