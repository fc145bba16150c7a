package no.eukg.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF syntaxes the publisher writes, with their names (the dump files' extensions, which
 * {@code export --format} takes too), and their counterparts in RDF4J Rio (which reads every one back).
 */
public enum RdfSyntax implements DumpFormat {
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY, org.eclipse.rdf4j.rio.RDFFormat.TURTLE, false),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES, org.eclipse.rdf4j.rio.RDFFormat.NTRIPLES, false),
    NQUADS("nq", "application/n-quads", RDFFormat.NQUADS, org.eclipse.rdf4j.rio.RDFFormat.NQUADS, true),
    TRIG("trig", "application/trig", RDFFormat.TRIG_PRETTY, org.eclipse.rdf4j.rio.RDFFormat.TRIG, true),
    JSONLD("jsonld", "application/ld+json", null, org.eclipse.rdf4j.rio.RDFFormat.JSONLD, false),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN, org.eclipse.rdf4j.rio.RDFFormat.RDFXML, false);

    private final String extension;
    private final String mediaType;
    private final RDFFormat jenaFormat;
    private final org.eclipse.rdf4j.rio.RDFFormat rioFormat;
    private final boolean quads;

    RdfSyntax(String extension, String mediaType, RDFFormat jenaFormat,
              org.eclipse.rdf4j.rio.RDFFormat rioFormat, boolean quads) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.jenaFormat = jenaFormat;
        this.rioFormat = rioFormat;
        this.quads = quads;
    }

    /** The syntax's name for people: Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML. */
    @Override
    public String displayName() {
        return switch (this) {
            case TURTLE -> "Turtle";
            case NTRIPLES -> "N-Triples";
            case NQUADS -> "N-Quads";
            case TRIG -> "TriG";
            case JSONLD -> "JSON-LD";
            case RDFXML -> "RDF/XML";
        };
    }

    /**
     * The syntax's name ({@code export --format ttl}, {@code ?format=ttl}), which is its file
     * extension: ttl, nt, nq, trig, jsonld, rdf.
     */
    @Override
    public String formatName() { return extension; }

    /** The file extension, without the dot. */
    @Override
    public String extension() { return extension; }

    @Override
    public String mediaType() { return mediaType; }

    /** Jena's writer format; null for JSON-LD, which is written with the published context. */
    RDFFormat jenaFormat() { return jenaFormat; }

    public Lang jenaLang() {
        return switch (this) {
            case TURTLE -> Lang.TURTLE;
            case NTRIPLES -> Lang.NTRIPLES;
            case NQUADS -> Lang.NQUADS;
            case TRIG -> Lang.TRIG;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
        };
    }

    public org.eclipse.rdf4j.rio.RDFFormat rioFormat() { return rioFormat; }

    /** True when the syntax carries named graphs (the facts' provenance graphs); else only the default graph is written. */
    @Override
    public boolean quads() { return quads; }

    /** The syntax for a name or one of its aliases ({@link FormatNames}): {@code rdf}, {@code rdfxml}, {@code rdf+xml}. */
    public static Optional<RdfSyntax> byFormatName(String name) {
        return byExtension(FormatNames.canonical(name));
    }

    /** The syntax for a file extension (without the dot). */
    public static Optional<RdfSyntax> byExtension(String ext) {
        String e = ext.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.extension.equals(e)).findFirst();
    }

    /** The syntax for a media type (parameters ignored). */
    public static Optional<RdfSyntax> byMediaType(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        int semi = t.indexOf(';');
        String bare = (semi < 0 ? t : t.substring(0, semi)).trim();
        return Arrays.stream(values()).filter(s -> s.mediaType.equals(bare)).findFirst();
    }
}
