package no.eukg.web;

/**
 * A request that cannot be answered, with the status to answer instead. Thrown anywhere below a
 * {@link ResourceServlet} and rendered in one place, in the format the client asked for.
 */
public final class HttpError extends RuntimeException {
    private final int status;

    public HttpError(int status, String message) {
        super(message, null, false, false);
        if (status < 400 || status > 599)
            throw new IllegalArgumentException("not an error status: " + status);
        this.status = status;
    }

    public int status() { return status; }

    public static HttpError badRequest(String message) { return new HttpError(400, message); }
    public static HttpError notFound(String message) { return new HttpError(404, message); }
    public static HttpError notAcceptable(String message) { return new HttpError(406, message); }
    public static HttpError methodNotAllowed(String message) { return new HttpError(405, message); }
}
