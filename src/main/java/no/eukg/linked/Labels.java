package no.eukg.linked;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Picking a literal for a reader: in their language if there is one, then English, then any. */
public final class Labels {
    /** The properties a resource's name is taken from, in order of preference. */
    public static final List<Node> NAME = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());
    /** The properties a resource's description is taken from. */
    public static final List<Node> DESCRIPTION = List.of(RDFS.comment.asNode(), SKOS.definition.asNode(), DCTerms.description.asNode());

    private Labels() { }

    /**
     * The best literal of {@code s} for {@code lang}: the first property with a value in that
     * language, else in English, else without a language, else any value.
     */
    public static Optional<String> literal(Graph g, Node s, List<Node> properties, String lang) {
        return node(g, s, properties, lang).map(Node::getLiteralLexicalForm);
    }

    /** As {@link #literal}, the literal node itself (for its language tag). */
    public static Optional<Node> node(Graph g, Node s, List<Node> properties, String lang) {
        for (String wanted : new String[] {lang, "en", ""}) {
            for (Node p : properties) {
                Optional<Node> hit = g.find(s, p, Node.ANY).mapWith(t -> t.getObject())
                        .filterKeep(o -> o.isLiteral() && languageMatches(o.getLiteralLanguage(), wanted))
                        .toList().stream().sorted((a, b) -> a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm()))
                        .findFirst();
                if (hit.isPresent())
                    return hit;
            }
        }
        for (Node p : properties) {
            Optional<Node> any = g.find(s, p, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral).nextOptional();
            if (any.isPresent())
                return any;
        }
        return Optional.empty();
    }

    private static boolean languageMatches(String tag, String wanted) {
        String t = tag == null ? "" : tag.toLowerCase(Locale.ROOT);
        if (wanted.isEmpty())
            return t.isEmpty();
        return t.equals(wanted) || t.startsWith(wanted + "-");
    }

    /** A readable name for an IRI that has no label: its last segment. */
    public static String localName(String iri) {
        String s = iri;
        if (s.endsWith("/"))
            s = s.substring(0, s.length() - 1);
        int cut = Math.max(s.lastIndexOf('#'), s.lastIndexOf('/'));
        String local = cut >= 0 && cut < s.length() - 1 ? s.substring(cut + 1) : s;
        return local.replace('-', ' ');
    }
}
