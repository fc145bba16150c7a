package no.eukg.web.graph;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import no.eukg.export.graph.GraphFormat;
import no.eukg.export.graph.GraphFormats;
import no.eukg.web.HttpError;
import no.eukg.web.Negotiation;

/**
 * On {@code /sparql}: a CONSTRUCT or DESCRIBE whose {@code Accept} prefers GraphML, GEXF or DOT
 * to every RDF and results format is answered here, in that format (by
 * {@link GraphConstructServlet}). Everything else goes on to Fuseki untouched; a POSTed query body
 * this filter had to read is handed on intact.
 */
final class GraphConstructFilter implements Filter {
    static final String QUERY = GraphConstructFilter.class.getName() + ".query";
    static final String FORMAT = GraphConstructFilter.class.getName() + ".format";
    private static final int MAX_QUERY = 1024 * 1024;
    /** What Fuseki answers with, listed first so that ties and {@code *}/{@code *} go to Fuseki. */
    private static final List<String> FUSEKI_TYPES = List.of("text/turtle", "application/n-triples",
            "application/ld+json", "application/rdf+xml", "application/trig", "application/n-quads",
            "application/sparql-results+json", "application/sparql-results+xml", "text/csv",
            "text/tab-separated-values", "application/json", "application/xml", "text/plain");
    private static final Negotiation NEGOTIATION = new Negotiation(offers(), Map.of());

    private final GraphConstructServlet servlet;

    GraphConstructFilter(GraphConstructServlet servlet) {
        this.servlet = Objects.requireNonNull(servlet, "servlet");
    }

    private static List<String> offers() {
        List<String> offers = new ArrayList<>(FUSEKI_TYPES);
        GraphFormats.constructFormats().forEach(f -> offers.add(f.mediaType()));
        return offers;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        Optional<GraphFormat> format = wanted(req);
        if (format.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest onward = req;
        String text = null;
        if (req.getMethod().equals("GET")) {
            text = req.getParameter("query");
        } else if (req.getMethod().equals("POST")) {
            String type = Objects.requireNonNullElse(req.getContentType(), "").split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (type.equals("application/x-www-form-urlencoded")) {
                text = req.getParameter("query");
            } else if (type.equals("application/sparql-query")) {
                byte[] body = req.getInputStream().readNBytes(MAX_QUERY + 1);
                onward = new CachedBody(req, body);
                if (body.length <= MAX_QUERY)
                    text = new String(body, charset(req));
            }
        }
        Query query = text == null ? null : parse(text);
        if (query == null || !(query.isConstructType() || query.isDescribeType())) {
            chain.doFilter(onward, response);
            return;
        }
        onward.setAttribute(QUERY, query);
        onward.setAttribute(FORMAT, format.get());
        servlet.service(onward, response);
    }

    /** The graph format the client prefers, if it prefers one to what Fuseki offers. */
    private static Optional<GraphFormat> wanted(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        if (accept == null || !(req.getMethod().equals("GET") || req.getMethod().equals("POST")))
            return Optional.empty();
        try {
            return GraphFormats.constructFormat(NEGOTIATION.choose(accept));
        } catch (HttpError notOurs) {
            return Optional.empty();
        }
    }

    /** The query, or null if it does not parse: Fuseki then reports the syntax error as it always does. */
    private static Query parse(String text) {
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return null;
        }
    }

    private static java.nio.charset.Charset charset(HttpServletRequest req) {
        try {
            return req.getCharacterEncoding() == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(req.getCharacterEncoding());
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The request with a body that was read here, to be read again downstream. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException("blocking only"); }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset((HttpServletRequest) getRequest())));
        }

        @Override
        public int getContentLength() { return body.length; }

        @Override
        public long getContentLengthLong() { return body.length; }
    }
}
