package no.eukg.web.sparql;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.web.ErrorWriter;
import no.eukg.web.HttpError;

/**
 * Turns away at {@code /sparql}, before anything evaluates, what the read-only endpoint does not
 * take, saying why (the W3C protocol tests ask for a 4xx in each case, and Fuseki alone would
 * answer some of them 200):
 *
 * <ul>
 *   <li>an update ({@code update=}, or a body of {@code application/sparql-update}), alone or
 *       beside a query: 400. Fuseki would answer a lone {@code GET ?update=} with the service
 *       description and run the query of {@code ?query=&update=} as if the update were not there;</li>
 *   <li>a {@code timeout} that is not a duration ({@link ClientTimeout}): 400.</li>
 * </ul>
 */
final class ProtocolFilter implements Filter {
    private final ErrorWriter errors;
    private final boolean updatesElsewhere;

    /** @param updatesElsewhere whether the server takes updates at {@code /update}, to say so */
    ProtocolFilter(ErrorWriter errors, boolean updatesElsewhere) {
        this.errors = Objects.requireNonNull(errors, "errors");
        this.updatesElsewhere = updatesElsewhere;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse out = (HttpServletResponse) res;
        try {
            check(http);
        } catch (HttpError e) {
            errors.write(http, out, e);
            return;
        }
        chain.doFilter(req, res);
    }

    private void check(HttpServletRequest http) {
        boolean updateParameter = http.getParameter("update") != null;
        if (updateParameter || "application/sparql-update".equals(mediaType(http)))
            throw HttpError.badRequest("SPARQL Update is not accepted at " + SparqlEndpoint.PATH
                    + (updateParameter ? " (parameter update)" : " (a body of application/sparql-update)") + ": it answers queries only; "
                    + (updatesElsewhere ? "send updates by POST to /update" : "this server is read-only"));
        ClientTimeout.parse(http.getParameter(ClientTimeout.PARAM));
    }

    private static String mediaType(HttpServletRequest http) {
        String type = http.getContentType();
        return type == null ? null : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }
}
