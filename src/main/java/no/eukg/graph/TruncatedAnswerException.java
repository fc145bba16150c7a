package no.eukg.graph;

/**
 * A store gave fewer rows than it holds: it cuts answers at a row cap (Virtuoso's
 * {@code ResultSetMaxRows}) or its pages did not add up. What was read is not offered as whole.
 */
public final class TruncatedAnswerException extends RuntimeException {
    public TruncatedAnswerException(String message) { super(message); }
}
