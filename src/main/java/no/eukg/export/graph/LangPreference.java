package no.eukg.export.graph;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/**
 * Which literal to show for a chosen language: that language, then a more or less specific tag of
 * it ({@code nb-NO} for {@code nb}), then English, then no language tag, then any other.
 */
final class LangPreference {
    private static final Pattern TAG = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");
    private final String lang;

    LangPreference(String lang) {
        if (!isWellFormed(lang))
            throw new IllegalArgumentException("not a language tag: " + lang);
        this.lang = lang.toLowerCase(Locale.ROOT);
    }

    /** True for a syntactically well-formed BCP 47 tag (as far as RDF literals need). */
    static boolean isWellFormed(String tag) {
        return tag != null && tag.length() <= 35 && TAG.matcher(tag).matches();
    }

    int rank(Node literal) {
        String l = literal.getLiteralLanguage().toLowerCase(Locale.ROOT);
        if (l.equals(lang))
            return 0;
        if (!l.isEmpty() && (l.startsWith(lang + "-") || lang.startsWith(l + "-")))
            return 1;
        if (l.equals("en") || l.startsWith("en-"))
            return 2;
        if (l.isEmpty())
            return 3;
        return 4;
    }

    private Comparator<Node> order() {
        return Comparator.<Node>comparingInt(this::rank)
                .thenComparing(Node::getLiteralLexicalForm, NaturalOrder.INSTANCE)
                .thenComparing(Node::getLiteralLanguage);
    }

    /** The literal to show, of several. */
    Optional<Node> best(Collection<Node> literals) {
        return literals.stream().filter(Node::isLiteral).min(order());
    }

    /** Every literal of the best rank present, in order. */
    List<Node> bestOnes(Collection<Node> literals) {
        int top = literals.stream().filter(Node::isLiteral).mapToInt(this::rank).min().orElse(-1);
        return literals.stream().filter(Node::isLiteral).filter(n -> rank(n) == top).sorted(order()).toList();
    }
}
