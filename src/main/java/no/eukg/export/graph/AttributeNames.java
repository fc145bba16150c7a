package no.eukg.export.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import no.eukg.export.Prefixes;

/**
 * Names for node attributes made from predicates: a prefixed name such as {@code skos:altLabel}.
 * Every name is an XML NMTOKEN (GraphML requires it of {@code attr.name}) and contains a colon,
 * so it never collides with the fixed attributes ({@code label}, {@code class}, {@code degree}...).
 * Prefixes are the publisher's ({@link Prefixes}); namespaces it has none for get {@code ns1},
 * {@code ns2}... in IRI order.
 */
final class AttributeNames {
    private final Map<String, String> names = new HashMap<>();

    /**
     * Names for all of {@code predicates} at once, so generated prefixes do not depend on order.
     *
     * @param known the publisher's one prefix table, the same prefixes its RDF documents use
     */
    AttributeNames(Set<String> predicates, Prefixes known) {
        Map<String, String> prefixes = new HashMap<>();
        known.asMap().forEach((prefix, ns) -> prefixes.put(ns, prefix));
        TreeSet<String> unknown = new TreeSet<>();
        for (String p : predicates)
            if (!prefixes.containsKey(namespace(p)))
                unknown.add(namespace(p));
        int n = 1;
        for (String ns : unknown)
            prefixes.put(ns, "ns" + n++);
        Set<String> used = new HashSet<>();
        for (String p : new TreeSet<>(predicates)) {
            String name = prefixes.get(namespace(p)) + ":" + nmtoken(p.substring(namespace(p).length()));
            String unique = name;
            for (int i = 2; !used.add(unique); i++)
                unique = name + "_" + i;
            names.put(p, unique);
        }
    }

    String name(String predicate) {
        String name = names.get(predicate);
        if (name == null)
            throw new IllegalArgumentException("no attribute name made for " + predicate);
        return name;
    }

    private static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? "" : iri.substring(0, cut + 1);
    }

    private static String nmtoken(String local) {
        StringBuilder b = new StringBuilder();
        local.codePoints().forEach(c -> b.appendCodePoint(
                Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' ? c : '_'));
        return b.isEmpty() ? "_" : b.toString();
    }
}
