package no.eukg.web;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The base of every servlet of ours: it answers any failure with the status {@link Failures}
 * gives it (an {@link HttpError} its own, a store that failed 502 or 504, a bug 500 without its
 * stack trace), written by {@link ErrorWriter} in the format the client reads.
 */
public abstract class ResourceServlet extends HttpServlet {
    protected final Site site;
    protected final Templates templates;
    private final Failures failures;
    private final ErrorWriter errors;

    protected ResourceServlet(Site site) {
        this.site = Objects.requireNonNull(site, "site");
        this.templates = site.templates();
        this.failures = new Failures(site.config().timeout(), site.store().isRemote());
        this.errors = new ErrorWriter(templates);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        try {
            super.service(req, resp);
        } catch (RuntimeException e) {
            HttpError error = failures.answer(e, req.getMethod() + " " + req.getRequestURI());
            renderError(req, resp, error);
        }
    }

    /** Writes an error in the client's format; a servlet that answers in other formats (RDF) overrides it. */
    protected void renderError(HttpServletRequest req, HttpServletResponse resp, HttpError error) throws IOException {
        errors.write(req, resp, error);
    }
}
