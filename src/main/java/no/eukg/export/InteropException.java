package no.eukg.export;

/**
 * A dump failed the interop gate: RDF4J Rio could not read it back in strict mode, or what it
 * read is not the graph that was written. The dump is not served or written.
 */
public final class InteropException extends RuntimeException {
    public InteropException(String message) { super(message); }
    public InteropException(String message, Throwable cause) { super(message, cause); }
}
