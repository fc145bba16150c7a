package no.eukg.export;

import java.util.Locale;
import java.util.Map;

/**
 * The one table of the names people type for a format: {@code export --format},
 * {@code query --format} and {@code ?format=} all read a name through {@link #canonical}. A
 * format's name is its file extension ({@code ttl}, {@code rdf}, {@code jsonld}...), so the name
 * in a command is the one in every URL; the other names in common use are aliases of it, so that what a client
 * library sends works: SPARQLWrapper's {@code rdf+xml} and {@code n3} (Turtle is N3's RDF
 * subset, so an N3 reader reads it), and this project's older {@code rdfxml}.
 */
public final class FormatNames {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("turtle", "ttl"),
            Map.entry("n3", "ttl"),
            Map.entry("ntriples", "nt"),
            Map.entry("n-triples", "nt"),
            Map.entry("nquads", "nq"),
            Map.entry("n-quads", "nq"),
            Map.entry("json-ld", "jsonld"),
            Map.entry("rdfxml", "rdf"),
            Map.entry("rdf+xml", "rdf"),
            Map.entry("rdf/xml", "rdf"),
            Map.entry("cytoscape", "cyjs"));

    private FormatNames() { }

    /** The format's own name for {@code name} (any case, an alias or the name itself). */
    public static String canonical(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(n, n);
    }
}
