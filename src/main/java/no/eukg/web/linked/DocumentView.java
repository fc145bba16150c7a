package no.eukg.web.linked;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * An RDF document (the VoID and DCAT description, say) as a browser shows it: what it says of each
 * subject, the main one first, properties and values named and linked as resource pages name them.
 * The RDF itself stays what a program gets; this is for the person who follows the link.
 *
 * @param formats the document in each RDF syntax
 * @param jsonLd JSON-LD for search engines, already safe inside a script element
 *               ({@link no.eukg.linked.DatasetMarkup}); the layout writes it unescaped
 */
record DocumentView(String title, String intro, List<Block> blocks, List<FormatLink> formats, Optional<String> jsonLd) {
    DocumentView {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(intro, "intro");
        Objects.requireNonNull(jsonLd, "jsonLd");
        blocks = List.copyOf(blocks);
        formats = List.copyOf(formats);
    }

    /** The layout's {@code <link rel="alternate">}s. */
    List<FormatLink> alternates() { return formats; }

    /** What the document says of one subject. */
    record Block(NodeView subject, List<Property> properties) {
        Block {
            Objects.requireNonNull(subject, "subject");
            properties = List.copyOf(properties);
        }
    }

    /** One property of a subject and its values, sorted by name. */
    record Property(NodeView property, List<Value> values) {
        Property {
            Objects.requireNonNull(property, "property");
            values = List.copyOf(values);
        }
    }

    /**
     * A value; a blank node (a VoID class partition, say) with what the document says of it
     * inline, since it has no page of its own.
     */
    record Value(NodeView node, List<Property> nested) {
        Value {
            Objects.requireNonNull(node, "node");
            nested = List.copyOf(nested);
        }

        boolean hasNested() { return !nested.isEmpty(); }
    }

    /** The view of {@code g}, the subject {@code main} first, then the others by name; {@code jsonLd} as for the record. */
    static DocumentView of(String title, String intro, Graph g, Node main, NodeViews names, List<FormatLink> formats,
                           Optional<String> jsonLd) {
        Map<Node, Map<Node, List<Node>>> bySubject = new LinkedHashMap<>();
        g.find().forEachRemaining((Triple t) -> bySubject.computeIfAbsent(t.getSubject(), s -> new LinkedHashMap<>())
                .computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject()));
        List<Block> blocks = new ArrayList<>();
        bySubject.forEach((s, properties) -> {
            // A blank node that is some statement's value is shown there.
            if (!s.isBlank() || !g.contains(Node.ANY, Node.ANY, s))
                blocks.add(new Block(names.link(g, s, "en"), properties(g, properties, bySubject, names, true)));
        });
        blocks.sort(Comparator.comparing((Block b) -> !b.subject().iri().map(main.getURI()::equals).orElse(false))
                .thenComparing(b -> b.subject().label()));
        return new DocumentView(title, intro, blocks, formats, jsonLd);
    }

    private static List<Property> properties(Graph g, Map<Node, List<Node>> properties, Map<Node, Map<Node, List<Node>>> bySubject,
                                             NodeViews names, boolean nest) {
        List<Property> ps = new ArrayList<>();
        properties.forEach((p, values) -> ps.add(new Property(names.link(g, p, "en"), values.stream()
                .map(v -> new Value(names.value(g, v, "en"), nest && v.isBlank()
                        ? properties(g, bySubject.getOrDefault(v, Map.of()), bySubject, names, false) : List.of()))
                .sorted(Comparator.comparing((Value v) -> v.node().label()))
                .toList())));
        ps.sort(Comparator.comparing(x -> x.property().label()));
        return ps;
    }
}
