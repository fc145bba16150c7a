package no.eukg.web.sparql;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.web.ErrorWriter;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;

/**
 * Turns away at {@code /sparql}, before anything evaluates, what the read-only endpoint does not
 * take, saying why (the W3C protocol tests ask for a 4xx in each case, and Fuseki alone would
 * answer some of them 200):
 *
 * <ul>
 *   <li>an update ({@code update=}, or a body of {@code application/sparql-update}), alone or
 *       beside a query: 400. Fuseki would answer a lone {@code GET ?update=} with the service
 *       description and run the query of {@code ?query=&update=} as if the update were not there;</li>
 *   <li>a Graph Store write ({@code PUT}, {@code DELETE}, or {@code POST} to {@code ?graph=} or
 *       {@code ?default}): 405, the store being read-only;</li>
 *   <li>a Graph Store read over a remote store, whose data this server does not hold: 400;</li>
 *   <li>a {@code timeout} that is not a duration ({@link ClientTimeout}): 400;</li>
 *   <li>an {@code Accept} that none of the endpoint's formats fits, when no format is named by
 *       parameter: 406 (Fuseki would send its default anyway).</li>
 * </ul>
 * What it lets through goes on with {@code format=} read by the one table of names ({@link FormatParameter}).
 */
final class ProtocolFilter implements Filter {
    static final String ALLOW = "GET, HEAD, POST, OPTIONS";
    private static final Set<String> WRITES = Set.of("PUT", "DELETE", "PATCH");
    /** Every format the endpoint writes in, results and graphs: nothing of these acceptable is 406, not Fuseki's default anyway. */
    private static final Negotiation SPARQL_FORMATS = new Negotiation(List.of(
            "application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
            "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml", "application/n-quads",
            "application/trig", "application/json", "application/xml", "text/plain", "text/xml", "application/sparql-results+thrift",
            "application/rdf+thrift", "application/rdf+json", "application/graphml+xml", "application/gexf+xml", "text/vnd.graphviz",
            "text/html"), Map.of());

    private final ErrorWriter errors;
    private final boolean updatesElsewhere;
    private final boolean remoteStore;

    /**
     * @param updatesElsewhere whether the server takes updates at {@code /update}, to say so
     * @param remoteStore      whether the store is a remote endpoint (no Graph Store reads then)
     */
    ProtocolFilter(ErrorWriter errors, boolean updatesElsewhere, boolean remoteStore) {
        this.errors = Objects.requireNonNull(errors, "errors");
        this.updatesElsewhere = updatesElsewhere;
        this.remoteStore = remoteStore;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse out = (HttpServletResponse) res;
        if (http.getMethod().equals("OPTIONS")) {
            // A CORS preflight has been answered before this; a plain OPTIONS asks what is allowed.
            out.setHeader("Allow", ALLOW);
            out.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        if (errors.refused(http, out, () -> check(http, out)))
            return;
        chain.doFilter(FormatParameter.asAccept(http), res);
    }

    private void check(HttpServletRequest http, HttpServletResponse out) {
        String method = http.getMethod();
        boolean graphStore = isGraphStore(http);
        if (WRITES.contains(method) || (method.equals("POST") && graphStore)) {
            out.setHeader("Allow", ALLOW);
            throw HttpError.methodNotAllowed("the graph store at " + SparqlEndpoint.PATH + " is read-only: " + method
                    + " is not accepted here; GET ?default or ?graph=IRI reads a graph");
        }
        boolean updateParameter = http.getParameter("update") != null;
        if (updateParameter || "application/sparql-update".equals(mediaType(http)))
            throw HttpError.badRequest("SPARQL Update is not accepted at " + SparqlEndpoint.PATH
                    + (updateParameter ? " (parameter update)" : " (a body of application/sparql-update)") + ": it answers queries only; "
                    + (updatesElsewhere ? "send updates by POST to /update" : "this server is read-only"));
        if (graphStore && remoteStore && http.getParameter("query") == null)
            throw HttpError.badRequest("Graph Store reads (parameters graph, default) are not served over a remote store:"
                    + " ask CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <IRI> { ?s ?p ?o } } instead");
        ClientTimeout.parse(http.getParameter(ClientTimeout.PARAM));
        if (!FormatParameter.given(http))
            SPARQL_FORMATS.choose(http.getHeader("Accept"));
    }

    /** Whether the request names a graph the Graph Store Protocol's way. */
    static boolean isGraphStore(HttpServletRequest http) {
        return http.getParameter("graph") != null || http.getParameter("default") != null;
    }

    private static String mediaType(HttpServletRequest http) {
        String type = http.getContentType();
        return type == null ? null : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }
}
