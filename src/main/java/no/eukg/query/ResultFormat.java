package no.eukg.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import no.eukg.export.FormatNames;

/**
 * The machine-readable formats of a run's results, with their media types and the file extensions
 * that select them: SPARQL results for SELECT and ASK, RDF for CONSTRUCT and DESCRIBE.
 */
public enum ResultFormat {
    JSON("application/sparql-results+json", "json", false),
    XML("application/sparql-results+xml", "xml", false),
    CSV("text/csv", "csv", false),
    TSV("text/tab-separated-values", "tsv", false),
    TURTLE("text/turtle", "ttl", true),
    JSONLD("application/ld+json", "jsonld", true),
    NTRIPLES("application/n-triples", "nt", true),
    RDFXML("application/rdf+xml", "rdf", true);

    private final String mediaType;
    private final String extension;
    private final boolean graph;

    ResultFormat(String mediaType, String extension, boolean graph) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.graph = graph;
    }

    public String mediaType() { return mediaType; }
    public String extension() { return extension; }

    /** True for RDF formats (CONSTRUCT and DESCRIBE results), false for SPARQL result formats. */
    public boolean forGraphs() { return graph; }

    /** The formats a query's results come in, the default first. */
    public static List<ResultFormat> forQuery(CannedQuery query) {
        return Arrays.stream(values()).filter(f -> f.graph == query.returnsGraph()).toList();
    }

    /** The format of a name ({@code query --format}, {@code ?format=}): its extension or an alias of it ({@link FormatNames}). */
    public static Optional<ResultFormat> byName(String name) {
        return byExtension(FormatNames.canonical(name));
    }

    public static Optional<ResultFormat> byExtension(String ext) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
    }

    public static Optional<ResultFormat> byMediaType(String type) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
    }
}
