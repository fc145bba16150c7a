package no.eukg.web;

import java.nio.charset.StandardCharsets;

/** The one percent-encoder of text put into an IRI this server writes. */
public final class IriText {
    /** What an IRI may not hold as it is: controls, space, non-ASCII and {@code "<>\^`{|}}. */
    private static final String NOT_IN_IRIS = "\"<>\\^`{|}";

    private IriText() { }

    /**
     * Percent-encodes, as UTF-8, every character an IRI may not hold and each of {@code alsoEscaped};
     * existing escapes and everything else stay as they are ({@code tromsø} becomes {@code troms%C3%B8}).
     */
    public static String escape(String s, String alsoEscaped) {
        StringBuilder b = new StringBuilder(s.length());
        for (byte by : s.getBytes(StandardCharsets.UTF_8)) {
            int c = by & 0xff;
            if (c > 0x20 && c < 0x7f && NOT_IN_IRIS.indexOf(c) < 0 && alsoEscaped.indexOf(c) < 0)
                b.append((char) c);
            else
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
        }
        return b.toString();
    }
}
