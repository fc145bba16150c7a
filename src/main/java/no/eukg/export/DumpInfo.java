package no.eukg.export;

import java.util.Objects;

/**
 * One dump file as listed: what it holds and how to check it.
 *
 * @param fileName   e.g. {@code truthy.ttl} or {@code dataset.nq.gz}
 * @param syntax     the format (of the content, when gzipped): an RDF syntax, or HDT
 * @param gzipped    true for the {@code .gz} variant
 * @param bytes      the file's size
 * @param statements triples (quads for N-Quads and TriG) in the file
 * @param sha256     hex SHA-256 of the file's bytes
 */
public record DumpInfo(String fileName, DumpFormat syntax, boolean gzipped, long bytes, long statements, String sha256) {
    public DumpInfo {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The HTTP content type of the file: the RDF media type, or {@code application/gzip}. */
    public String contentType() { return gzipped ? "application/gzip" : syntax.mediaType(); }

    /** The {@code Content-Type} to send it with: a text format's with its charset. */
    public String httpContentType() { return gzipped || !syntax.text() ? contentType() : contentType() + "; charset=utf-8"; }
}
