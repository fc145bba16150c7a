package no.eukg.web.sparql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import no.eukg.export.FormatNames;
import no.eukg.export.RdfSyntax;
import no.eukg.export.graph.GraphFormats;
import no.eukg.query.ResultFormat;

/**
 * {@code /sparql?format=NAME} (or {@code output=}, {@code results=}) by the one table of names ({@link FormatNames}):
 * the names every URL and command uses ({@code ttl}, {@code jsonld}, {@code rdf}, {@code csv},
 * {@code graphml}...) and their aliases (SPARQLWrapper's {@code rdf+xml}, {@code n3}). Fuseki knows
 * only a few short names of its own, so a name of the table becomes the {@code Accept} it stands
 * for and the parameter is hidden; Fuseki's negotiation (and the graph formats' filter) then
 * answer as for that {@code Accept}. A name outside the table goes to Fuseki as it came.
 */
final class FormatParameter {
    /** The parameters Fuseki reads a format name from. */
    private static final Set<String> NAMES = Set.of("format", "output", "results");

    private FormatParameter() { }

    /** Whether the request names its format by parameter rather than by {@code Accept} alone. */
    static boolean given(HttpServletRequest req) {
        return NAMES.stream().anyMatch(n -> req.getParameter(n) != null);
    }

    /** The request as Fuseki should see it: with the {@code Accept} a known format name stands for. */
    static HttpServletRequest asAccept(HttpServletRequest req) {
        for (String name : NAMES) {
            String value = req.getParameter(name);
            if (value != null) {
                Optional<String> accept = accept(value);
                if (accept.isPresent())
                    return new Wrapped(req, accept.get());
            }
        }
        return req;
    }

    /** The media types a name stands for: a results format, an RDF syntax, or a graph format. */
    static Optional<String> accept(String name) {
        String n = FormatNames.canonical(name);
        List<String> types = new ArrayList<>();
        ResultFormat.byName(n).ifPresent(f -> types.add(f.mediaType()));
        RdfSyntax.byFormatName(n).map(RdfSyntax::mediaType).filter(t -> !types.contains(t)).ifPresent(types::add);
        GraphFormats.constructFormats().stream().filter(f -> f.id().equals(n)).forEach(f -> types.add(f.mediaType()));
        // json and xml name a results format; a CONSTRUCT asked for so gets the RDF of the same family.
        if (n.equals("json"))
            types.add("application/ld+json;q=0.9");
        if (n.equals("xml"))
            types.add("application/rdf+xml;q=0.9");
        return types.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", types));
    }

    /** The request with {@code Accept} replaced and the format parameters hidden. */
    private static final class Wrapped extends HttpServletRequestWrapper {
        private final String accept;

        Wrapped(HttpServletRequest req, String accept) {
            super(req);
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return name.equalsIgnoreCase("Accept") ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return name.equalsIgnoreCase("Accept") ? Collections.enumeration(List.of(accept)) : super.getHeaders(name);
        }

        @Override
        public String getParameter(String name) {
            return NAMES.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return NAMES.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> m = new LinkedHashMap<>(super.getParameterMap());
            m.keySet().removeAll(NAMES);
            return Collections.unmodifiableMap(m);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
