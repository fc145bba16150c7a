package no.eukg.web.linked;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

import no.eukg.export.RdfOutput;
import no.eukg.export.RdfSyntax;
import no.eukg.web.ResponseCache;

/**
 * Writing RDF responses: the body is rendered before anything is sent, so a failure becomes a
 * clean error and the length is known; and an empty document in the negotiated syntax for an
 * error, so a client that asked for Turtle gets Turtle even with a 404.
 */
final class RdfResponses {
    /** Every RDF media type offered, Turtle (the default) first. */
    static final List<String> TYPES = java.util.Arrays.stream(RdfSyntax.values()).map(RdfSyntax::mediaType).toList();
    /** The RDF media types, then HTML for a browser (which asks for it first): a document with a page view. */
    static final List<String> TYPES_AND_HTML;
    /** {@link #EXTENSIONS} and {@code .html}. */
    static final Map<String, String> EXTENSIONS_AND_HTML;
    /** Extension to media type, for the {@code .ttl}-style overrides. */
    static final Map<String, String> EXTENSIONS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        for (RdfSyntax s : RdfSyntax.values())
            m.put(s.extension(), s.mediaType());
        EXTENSIONS = Map.copyOf(m);
        m.put("html", "text/html");
        EXTENSIONS_AND_HTML = Map.copyOf(m);
        List<String> types = new java.util.ArrayList<>(TYPES);
        types.add("text/html");
        TYPES_AND_HTML = List.copyOf(types);
    }

    private final RdfOutput output;

    RdfResponses(RdfOutput output) {
        this.output = Objects.requireNonNull(output, "output");
    }

    RdfOutput output() { return output; }

    void send(HttpServletResponse resp, RdfSyntax syntax, Graph graph) throws IOException {
        send(resp, syntax, render(syntax, graph));
    }

    void send(HttpServletResponse resp, RdfSyntax syntax, DatasetGraph dataset) throws IOException {
        send(resp, syntax, render(syntax, dataset));
    }

    byte[] render(RdfSyntax syntax, Graph graph) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        output.write(syntax, graph, body);
        return body.toByteArray();
    }

    byte[] render(RdfSyntax syntax, DatasetGraph dataset) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        output.write(syntax, dataset, body);
        return body.toByteArray();
    }

    /** An error status with an empty graph in {@code syntax}, the message as a comment where the syntax has comments. */
    void sendError(HttpServletResponse resp, int status, RdfSyntax syntax, String message) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (syntax == RdfSyntax.TURTLE || syntax == RdfSyntax.TRIG || syntax == RdfSyntax.NTRIPLES || syntax == RdfSyntax.NQUADS)
            body.write(("# " + status + ": " + message.replaceAll("[\\r\\n]+", " ") + "\n").getBytes(StandardCharsets.UTF_8));
        output.write(syntax, GraphFactory.createDefaultGraph(), body);
        resp.setStatus(status);
        send(resp, syntax, body.toByteArray());
    }

    static void send(HttpServletResponse resp, RdfSyntax syntax, byte[] body) throws IOException {
        resp.setContentType(syntax.mediaType() + "; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /**
     * The alternates of a document, one {@code Link: <href>; rel="alternate"; type="..."} each:
     * every RDF syntax but {@code except}, plus HTML when {@code html} is given.
     */
    static List<ResponseCache.Entry.Header> alternates(java.util.function.Function<RdfSyntax, String> href, RdfSyntax except, String html) {
        List<ResponseCache.Entry.Header> list = new ArrayList<>();
        if (html != null)
            list.add(alternate(html, "text/html"));
        for (RdfSyntax s : RdfSyntax.values())
            if (s != except)
                list.add(alternate(href.apply(s), s.mediaType()));
        return list;
    }

    /** Adds headers to a response that is not kept in the cache. */
    static void add(HttpServletResponse resp, List<ResponseCache.Entry.Header> headers) {
        headers.forEach(h -> resp.addHeader(h.name(), h.value()));
    }

    private static ResponseCache.Entry.Header alternate(String href, String type) {
        return new ResponseCache.Entry.Header("Link", "<" + href + ">; rel=\"alternate\"; type=\"" + type + "\"");
    }
}
