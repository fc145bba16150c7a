package no.eukg.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonObject;

/**
 * The base of every servlet of ours: it answers any failure with the status {@link Failures}
 * gives it (an {@link HttpError} its own, a store that failed 502 or 504, a bug 500 without its
 * stack trace), in the format the client reads, HTML for browsers, JSON for programs that ask for
 * it, plain text otherwise.
 */
public abstract class ResourceServlet extends HttpServlet {
    private static final Negotiation ERROR_FORMATS = new Negotiation(
            java.util.List.of("text/plain", "text/html", "application/json"), Map.of());

    protected final Templates templates;
    private final Failures failures;

    protected ResourceServlet(Site site) {
        Objects.requireNonNull(site, "site");
        this.templates = site.templates();
        this.failures = new Failures(site.config().timeout(), site.store().isRemote());
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        try {
            super.service(req, resp);
        } catch (RuntimeException e) {
            HttpError error = failures.answer(e, req.getMethod() + " " + req.getRequestURI());
            renderError(req, resp, error.status(), error.getMessage());
        }
    }

    /** Writes an error in the client's format; also used for errors found outside a servlet. */
    protected void renderError(HttpServletRequest req, HttpServletResponse resp, int status, String message) throws IOException {
        if (resp.isCommitted())
            return;
        resp.reset();
        resp.setStatus(status);
        String type;
        try {
            type = ERROR_FORMATS.choose(req.getHeader("Accept"));
        } catch (HttpError unreadable) {
            type = "text/plain";
        }
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(type);
        if ("HEAD".equals(req.getMethod()))
            return;
        switch (type) {
            case "application/json" -> {
                JsonObject json = new JsonObject();
                json.put("status", status);
                json.put("message", message);
                resp.getWriter().write(json.toString());
            }
            case "text/html" -> {
                Map<String, Object> scope = new LinkedHashMap<>();
                scope.put("title", status + " " + reason(status));
                scope.put("status", status);
                scope.put("message", message);
                templates.render("error", scope, resp.getWriter());
            }
            default -> resp.getWriter().write(status + " " + reason(status) + ": " + message + "\n");
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 413 -> "Payload Too Large";
            case 429 -> "Too Many Requests";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Server Error" : "Error";
        };
    }
}
