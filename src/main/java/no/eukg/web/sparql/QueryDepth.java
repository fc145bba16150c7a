package no.eukg.web.sparql;

/**
 * How deeply a query's groups and expressions nest, read from its text: a valid query nested a
 * thousand levels deep would overflow the evaluator's stack, so it is refused before parsing.
 * Strings, IRIs and comments are skipped so brackets inside them do not count.
 */
final class QueryDepth {
    /** Deeper than any query a person writes or a tool generates for this graph. */
    static final int LIMIT = 100;

    private QueryDepth() { }

    static int of(String query) {
        int depth = 0;
        int max = 0;
        int n = query.length();
        for (int i = 0; i < n; i++) {
            char c = query.charAt(i);
            switch (c) {
                case '{', '(', '[' -> max = Math.max(max, ++depth);
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                case '#' -> i = skipTo(query, i, '\n');
                case '<' -> {
                    // An IRI has no spaces; a '<' followed by a space is the less-than operator.
                    int close = query.indexOf('>', i);
                    if (close > 0 && query.substring(i, close).chars().noneMatch(Character::isWhitespace))
                        i = close;
                }
                case '"', '\'' -> i = skipString(query, i, c);
                default -> { }
            }
        }
        return max;
    }

    private static int skipTo(String s, int from, char end) {
        int at = s.indexOf(end, from + 1);
        return at < 0 ? s.length() : at;
    }

    private static int skipString(String s, int from, char quote) {
        boolean longForm = s.startsWith(String.valueOf(quote).repeat(3), from);
        if (longForm) {
            int at = s.indexOf(String.valueOf(quote).repeat(3), from + 3);
            return at < 0 ? s.length() : at + 2;
        }
        for (int i = from + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\')
                i++;
            else if (c == quote || c == '\n')
                return i;
        }
        return s.length();
    }
}
