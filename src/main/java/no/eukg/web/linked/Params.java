package no.eukg.web.linked;

import jakarta.servlet.http.HttpServletRequest;

import no.eukg.web.HttpError;

/** Query parameters, read so that a query string that is not valid UTF-8 is the client's 400, not our 500. */
final class Params {
    private Params() { }

    /** The parameter's value, or null. */
    static String get(HttpServletRequest req, String name) {
        try {
            return req.getParameter(name);
        } catch (RuntimeException unreadable) {
            // Jetty decodes the whole query string on first access and fails on bad percent-encoding.
            throw HttpError.badRequest("the query string cannot be read (parameter " + name
                    + "): it is not valid percent-encoded UTF-8");
        }
    }
}
