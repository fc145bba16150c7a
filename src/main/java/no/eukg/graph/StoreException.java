package no.eukg.graph;

/** A store cannot be opened or written; the message says which and why, for a person to act on. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
