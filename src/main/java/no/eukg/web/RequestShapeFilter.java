package no.eukg.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.web.sparql.SparqlEndpoint;

/**
 * Turns away requests that no path family can serve, before they reach one: methods outside
 * HTTP's reading and Fuseki's refusing (TRACE would echo the request, cookies and all), and
 * malformed {@code Accept} headers (Jena would silently skip them). On {@code /sparql} it also
 * answers 406 when the client accepts none of the formats the endpoint can write, instead of
 * Fuseki's choice of sending the default anyway.
 */
final class RequestShapeFilter implements Filter {
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE");
    private static final Negotiation SPARQL_FORMATS = new Negotiation(List.of(
            "application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
            "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml", "application/n-quads",
            "application/trig", "application/json", "application/xml", "text/plain", "text/xml", "application/sparql-results+thrift",
            "application/rdf+thrift", "application/rdf+json", "application/graphml+xml", "application/gexf+xml", "text/vnd.graphviz",
            "text/html"), Map.of());

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse out = (HttpServletResponse) res;
        if (!METHODS.contains(http.getMethod())) {
            out.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            refuse(out, 405, "method " + http.getMethod() + " is not supported here");
            return;
        }
        String accept = http.getHeader("Accept");
        if (!AcceptHeader.isWellFormed(accept)) {
            refuse(out, 400, "malformed Accept header");
            return;
        }
        boolean sparqlQuery = http.getRequestURI().equals(SparqlEndpoint.PATH) && http.getParameter("format") == null
                && http.getParameter("output") == null && http.getParameter("results") == null;
        if (sparqlQuery) {
            try {
                SPARQL_FORMATS.choose(accept);
            } catch (HttpError e) {
                refuse(out, e.status(), e.getMessage());
                return;
            }
        }
        chain.doFilter(req, res);
    }

    private static void refuse(HttpServletResponse out, int status, String message) throws IOException {
        out.setStatus(status);
        out.setContentType("text/plain; charset=utf-8");
        out.getWriter().write(status + ": " + message + "\n");
    }
}
