package no.eukg.web.sparql;

import java.time.Duration;
import java.util.Optional;

import no.eukg.query.Durations;
import no.eukg.web.HttpError;

/**
 * The protocol's {@code timeout} parameter: how long a client is willing to wait, written as
 * {@code --timeout} is ({@link Durations}: {@code 0.5}, {@code 500ms}, {@code 1.5s}, {@code 2m}). Fuseki reads whole seconds only and skips anything else in silence,
 * so a client asking for {@code 500ms} got the server's limit without being told. A client may ask
 * for less than the server's limit, never more.
 */
final class ClientTimeout {
    static final String PARAM = "timeout";

    private ClientTimeout() { }

    /**
     * The time limit for one query: the client's, held to the server's.
     *
     * @param value the parameter as sent, or null when there is none
     * @throws HttpError 400 naming the parameter when it is not a duration above zero
     */
    static Duration within(String value, Duration server) {
        return parse(value).filter(asked -> asked.compareTo(server) < 0).orElse(server);
    }

    /**
     * The client's duration, if it sent one.
     *
     * @throws HttpError 400 naming the parameter when it is not a duration above zero
     */
    static Optional<Duration> parse(String value) {
        if (value == null)
            return Optional.empty();
        try {
            return Optional.of(Durations.parse(value));
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("parameter " + PARAM + ": " + e.getMessage());
        }
    }
}
