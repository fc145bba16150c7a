package no.eukg.export;

/**
 * What a dump file is written in: one of the RDF syntaxes ({@link RdfSyntax}), or HDT
 * ({@link HdtDump#FORMAT}), the binary format that linked-data archives and fragment servers load.
 */
public interface DumpFormat {
    /** The name, which is the file extension: {@code ttl}, {@code nq}, {@code hdt}. */
    String formatName();

    String extension();

    String mediaType();

    /** The name for people: Turtle, N-Quads, HDT. */
    String displayName();

    /** True when it carries the named graphs; else it holds the default graph only. */
    boolean quads();

    /** True for a text format, sent with a charset. */
    default boolean text() { return true; }
}
