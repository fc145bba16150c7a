package no.eukg.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time limits as people write them, the same for {@code serve --timeout}, {@code query --timeout},
 * {@code --query-time-per-minute} and the SPARQL protocol's {@code timeout} parameter: seconds
 * ({@code 0.5}, {@code 10}) or a number with a unit ({@code 500ms}, {@code 1.5s}, {@code 2m}).
 */
public final class Durations {
    /** How to write one, for messages. */
    public static final String HOW = "write seconds (0.5, 10) or a duration (500ms, 10s, 2m)";
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m)?");
    /** Beyond a day every limit here is held to something smaller anyway; this keeps the arithmetic in a long. */
    private static final BigDecimal MAX_MILLIS = BigDecimal.valueOf(Duration.ofDays(1).toMillis());

    private Durations() { }

    /**
     * A duration above zero, rounded up to the millisecond.
     *
     * @throws IllegalArgumentException saying how to write one
     */
    public static Duration parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches())
            throw new IllegalArgumentException("'" + text + "' is not a duration: " + HOW);
        BigDecimal millisPerUnit = switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> BigDecimal.ONE;
            case "s" -> BigDecimal.valueOf(1000);
            default -> BigDecimal.valueOf(60_000);
        };
        BigDecimal millis = new BigDecimal(m.group(1)).multiply(millisPerUnit).setScale(0, RoundingMode.CEILING);
        if (millis.signum() == 0)
            throw new IllegalArgumentException("'" + text + "' is no time at all: " + HOW);
        return Duration.ofMillis(millis.min(MAX_MILLIS).longValueExact());
    }
}
