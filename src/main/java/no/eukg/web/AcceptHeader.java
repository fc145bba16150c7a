package no.eukg.web;

import java.util.regex.Pattern;

/**
 * The grammar of an {@code Accept} header (RFC 9110 §12.5.1), checked strictly: Jena's parser
 * skips what it cannot read, which would answer nonsense with the default format instead of
 * telling the client its header is broken.
 */
final class AcceptHeader {
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String VALUE = "(?:" + TOKEN + "|\"(?:[^\"\\\\]|\\\\.)*\")";
    private static final Pattern PARAM = Pattern.compile("\\s*" + TOKEN + "\\s*=\\s*" + VALUE + "\\s*");
    private static final Pattern RANGE = Pattern.compile("\\s*(?:\\*/\\*|" + TOKEN + "/\\*|" + TOKEN + "/" + TOKEN + ")\\s*");
    private static final Pattern Q = Pattern.compile("\\s*[qQ]\\s*=\\s*(?:0(?:\\.\\d{0,3})?|1(?:\\.0{0,3})?)\\s*");
    private static final int MAX_LENGTH = 4096;

    private AcceptHeader() { }

    /** True when the value is a well-formed Accept header (an empty one accepts anything). */
    static boolean isWellFormed(String accept) {
        if (accept == null || accept.isBlank())
            return true;
        if (accept.length() > MAX_LENGTH)
            return false;
        for (String element : accept.split(",", -1)) {
            if (element.isBlank())
                continue;   // the grammar tolerates empty list elements
            String[] parts = element.split(";", -1);
            if (!RANGE.matcher(parts[0]).matches())
                return false;
            for (int i = 1; i < parts.length; i++) {
                boolean isQ = parts[i].trim().toLowerCase(java.util.Locale.ROOT).startsWith("q") && parts[i].contains("=")
                        && parts[i].substring(0, parts[i].indexOf('=')).trim().equalsIgnoreCase("q");
                if (isQ ? !Q.matcher(parts[i]).matches() : !PARAM.matcher(parts[i]).matches())
                    return false;
            }
        }
        return true;
    }
}
