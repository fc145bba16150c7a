package no.eukg.web.linked;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.export.RdfSyntax;
import no.eukg.web.ErrorWriter;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;

/**
 * Errors in the negotiated format: a client that asked for an RDF syntax gets an (empty) document
 * in that syntax with the error status; anyone else gets the shared HTML, JSON or text rendering.
 */
final class LinkedErrors {
    /** The shared rendering, for non-RDF clients. */
    interface Fallback {
        void render(HttpError error) throws IOException;
    }

    private LinkedErrors() { }

    static void render(HttpServletRequest req, HttpServletResponse resp, HttpError error,
                       Negotiation negotiation, RdfResponses rdf, Fallback fallback) throws IOException {
        Optional<RdfSyntax> syntax = Optional.empty();
        if (error.status() != HttpServletResponse.SC_NOT_ACCEPTABLE) {
            try {
                syntax = RdfSyntax.byMediaType(negotiation.choose(req));
            } catch (HttpError unacceptable) {
                syntax = Optional.empty();
            }
        }
        if (syntax.isEmpty() || resp.isCommitted()) {
            fallback.render(error);
            return;
        }
        // Keeps CORS and Vary, as every error does: a browser client must be able to read it.
        ErrorWriter.clear(resp);
        ErrorWriter.start(resp, error);
        if ("HEAD".equals(req.getMethod())) {
            resp.setContentType(syntax.get().mediaType() + "; charset=utf-8");
            return;
        }
        rdf.sendError(resp, error.status(), syntax.get(), error.getMessage());
    }
}
