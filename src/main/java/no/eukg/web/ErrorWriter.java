package no.eukg.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonObject;

/**
 * The one rendering of an {@link HttpError}, for servlets ({@link ResourceServlet}) and filters
 * alike: its status and headers, and its message as HTML for browsers, JSON for programs that
 * ask for it, plain text otherwise.
 */
public final class ErrorWriter {
    /** What an error keeps of the headers set before it: CORS, Vary and Allow, and the security headers every page has. */
    private static final Set<String> KEPT = Set.of("access-control-allow-origin", "access-control-allow-credentials",
            "access-control-expose-headers", "timing-allow-origin", "vary", "allow",
            "content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options");
    private static final Negotiation FORMATS = new Negotiation(List.of("text/plain", "text/html", "application/json"), Map.of());
    private final Templates templates;

    public ErrorWriter(Templates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** Writes the error in the client's format, unless the response has already gone out. */
    public void write(HttpServletRequest req, HttpServletResponse resp, HttpError error) throws IOException {
        if (resp.isCommitted())
            return;
        clear(resp);
        start(resp, error);
        String type;
        try {
            type = FORMATS.choose(req.getHeader("Accept"));
        } catch (HttpError unreadable) {
            type = "text/plain";
        }
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(type);
        if ("HEAD".equals(req.getMethod()))
            return;
        int status = error.status();
        switch (type) {
            case "application/json" -> {
                JsonObject json = new JsonObject();
                json.put("status", status);
                json.put("message", error.getMessage());
                resp.getWriter().write(json.toString());
            }
            case "text/html" -> {
                Map<String, Object> scope = new LinkedHashMap<>();
                scope.put("title", status + " " + reason(status));
                scope.put("status", status);
                scope.put("message", error.getMessage());
                templates.render("error", scope, resp.getWriter());
            }
            default -> resp.getWriter().write(status + " " + reason(status) + ": " + error.getMessage() + "\n");
        }
    }

    /**
     * Runs a filter's check of a request; when it throws an {@link HttpError}, writes that error.
     *
     * @return true when the request was refused (the answer is written; the filter stops there)
     */
    public boolean refused(HttpServletRequest req, HttpServletResponse resp, Runnable check) throws IOException {
        try {
            check.run();
            return false;
        } catch (HttpError e) {
            write(req, resp, e);
            return true;
        }
    }

    /**
     * Clears what an answer had begun, but for the headers that hold for an error as much: CORS's
     * (without them a browser client on another origin cannot read the message or
     * {@code Retry-After}), {@code Vary}, and {@code Allow} (which a 405 must carry).
     */
    public static void clear(HttpServletResponse resp) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : resp.getHeaderNames())
            if (KEPT.contains(name.toLowerCase(Locale.ROOT)))
                kept.put(name, List.copyOf(resp.getHeaders(name)));
        resp.reset();
        kept.forEach((name, values) -> values.forEach(v -> resp.addHeader(name, v)));
    }

    /** The status and the headers of an error, for a writer of another format (an empty RDF document, say). */
    public static void start(HttpServletResponse resp, HttpError error) {
        resp.setStatus(error.status());
        error.retryAfterSeconds().ifPresent(s -> resp.setHeader("Retry-After", Integer.toString(s)));
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Server Error" : "Error";
        };
    }
}
