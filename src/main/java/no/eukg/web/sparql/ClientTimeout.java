package no.eukg.web.sparql;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.eukg.web.HttpError;

/**
 * The protocol's {@code timeout} parameter: how long a client is willing to wait, written as
 * seconds ({@code 0.5}, {@code 10}) or with the units {@code --timeout} takes ({@code 500ms},
 * {@code 1.5s}, {@code 2m}). Fuseki reads whole seconds only and skips anything else in silence,
 * so a client asking for {@code 500ms} got the server's limit without being told. A client may ask
 * for less than the server's limit, never more.
 */
final class ClientTimeout {
    static final String PARAM = "timeout";
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m)?");
    private static final String HOW = "write seconds (0.5, 10) or a duration (500ms, 10s, 2m)";

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
        Matcher m = FORM.matcher(value.trim());
        if (!m.matches())
            throw HttpError.badRequest("parameter " + PARAM + ": '" + value + "' is not a duration: " + HOW);
        BigDecimal millisPerUnit = switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> BigDecimal.ONE;
            case "s" -> BigDecimal.valueOf(1000);
            default -> BigDecimal.valueOf(60_000);
        };
        BigDecimal millis = new BigDecimal(m.group(1)).multiply(millisPerUnit).setScale(0, RoundingMode.CEILING);
        if (millis.signum() == 0)
            throw HttpError.badRequest("parameter " + PARAM + ": '" + value + "' is no time at all: " + HOW);
        // Anything beyond a day is held to the server's limit anyway; this keeps the arithmetic in a long.
        return Optional.of(Duration.ofMillis(millis.min(BigDecimal.valueOf(Duration.ofDays(1).toMillis())).longValueExact()));
    }
}
