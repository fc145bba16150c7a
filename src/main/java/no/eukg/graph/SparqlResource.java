package no.eukg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * SPARQL kept as {@code .rq} files next to the class that runs them, parsed once at start-up so
 * that a broken query stops the server rather than a request.
 */
public final class SparqlResource {
    private SparqlResource() { }

    /**
     * Parses {@code name} (e.g. {@code describe-outgoing.rq}) from the class path, relative to
     * {@code anchor}'s package.
     *
     * @throws IllegalStateException naming the file when it is missing or does not parse
     */
    public static Query load(Class<?> anchor, String name) {
        String text;
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null)
                throw new IllegalStateException("missing query resource " + anchor.getPackageName().replace('.', '/') + "/" + name);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalStateException(anchor.getPackageName().replace('.', '/') + "/" + name + ":"
                    + e.getLine() + ":" + e.getColumn() + ": " + e.getMessage(), e);
        }
    }
}
