package no.eukg.web.fragments;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;

import no.eukg.export.FormatNames;
import no.eukg.export.RdfSyntax;
import no.eukg.web.HttpError;

/**
 * One request of {@code /fragments}, read and checked: the pattern, the page, and the format named
 * by {@code format=} if any. Everything that can be wrong with the parameters is a 400 here,
 * before anything is queried or looked up in the cache.
 *
 * <p>The graph: left open (missing, empty or {@code ?g}) it is every graph, as the LDF server's
 * Quad Pattern Fragments read it and as Comunica asks for {@code GRAPH ?g} (it leaves a variable
 * out of the URL); {@code urn:ldf:defaultGraph} (the LDF convention, which the controls announce
 * as {@code sd:defaultGraph}) or {@code @default} is the default graph; an IRI is that named graph.
 * A triple syntax cannot say which graph a triple is in, so there an open graph is the default
 * graph: the TPF dataset, the graph's truthful triples ({@link FragmentsServlet}).
 *
 * @param pattern the pattern, its graph as asked
 * @param page    the page, from 1
 * @param format  the format {@code format=} names ({@code html} or an {@link RdfSyntax}), if given
 */
record FragmentRequest(QuadPattern pattern, int page, Optional<String> format) {
    /** The graph that names the default graph in a QPF request (the LDF server's and Comunica's convention). */
    static final String DEFAULT_GRAPH = "urn:ldf:defaultGraph";
    /** The LDF server's easier-to-type name for the default graph. */
    static final String DEFAULT_GRAPH_ALT = "@default";
    /** The highest page asked for: beyond it an OFFSET would be absurd for any graph this serves. */
    static final int MAX_PAGE = 1_000_000;
    static final String HTML = "html";

    private static final Set<String> PARAMETERS = Set.of("subject", "predicate", "object", "graph", "page", "format");

    /** Reads a request's parameters (as the servlet API gives them: name to values). */
    static FragmentRequest parse(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> e : parameters.entrySet()) {
            if (!PARAMETERS.contains(e.getKey()))
                throw HttpError.badRequest("unknown parameter '" + abbreviate(e.getKey()) + "': /fragments takes subject, predicate, object, graph, page and format");
            if (e.getValue().length > 1)
                throw HttpError.badRequest("parameter '" + e.getKey() + "' is given " + e.getValue().length + " times; give it once");
        }
        Node subject = TermSyntax.iri("subject", one(parameters, "subject"));
        Node predicate = TermSyntax.iri("predicate", one(parameters, "predicate"));
        Node object = TermSyntax.object(one(parameters, "object"));
        String g = one(parameters, "graph");
        QuadPattern pattern;
        if (TermSyntax.isVariable(g))
            pattern = new QuadPattern(subject, predicate, object, QuadPattern.Scope.ANY, null);
        else if (g.equals(DEFAULT_GRAPH) || g.equals(DEFAULT_GRAPH_ALT) || g.equals("<" + DEFAULT_GRAPH + ">"))
            pattern = new QuadPattern(subject, predicate, object, QuadPattern.Scope.DEFAULT, null);
        else
            pattern = new QuadPattern(subject, predicate, object, QuadPattern.Scope.NAMED, TermSyntax.iri("graph", g));
        return new FragmentRequest(pattern, page(one(parameters, "page")), format(one(parameters, "format")));
    }

    private static int page(String value) {
        if (value == null)
            return 1;
        if (!value.matches("[0-9]{1,7}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_PAGE)
            throw HttpError.badRequest("'page' must be a whole number from 1 to " + MAX_PAGE + ", not '" + abbreviate(value) + "'");
        return Integer.parseInt(value);
    }

    private static Optional<String> format(String value) {
        if (value == null || value.isEmpty())
            return Optional.empty();
        String name = FormatNames.canonical(value);
        if (name.equals(HTML))
            return Optional.of(HTML);
        return Optional.of(RdfSyntax.byFormatName(name).map(RdfSyntax::formatName).orElseThrow(() -> HttpError.badRequest(
                "unknown format '" + abbreviate(value) + "': /fragments speaks html, ttl, trig, jsonld, nt, nq and rdf")));
    }

    private static String one(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("[\\r\\n\\t]", " ");
        return one.length() <= 80 ? one : one.substring(0, 80) + "...";
    }
}
