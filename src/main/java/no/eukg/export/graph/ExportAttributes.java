package no.eukg.export.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;

/**
 * The attributes every format writes, by name, in one place. Lists become one string: IRIs
 * separated by spaces, text by {@code " | "}. Empty values are left out.
 */
final class ExportAttributes {
    /** Node attributes besides the label and the literal attributes, with their types. */
    static final Map<String, AttributeType> NODE = orderedOf(
            "iri", AttributeType.STRING, "class", AttributeType.STRING, "classLabel", AttributeType.STRING,
            "scheme", AttributeType.STRING, "degree", AttributeType.INT, "pagerank", AttributeType.DOUBLE,
            "size", AttributeType.DOUBLE, "color", AttributeType.STRING, "shape", AttributeType.STRING);
    /** Edge attributes besides the label. */
    static final List<String> EDGE = List.of("predicate", "modality", "modalityIri", "year", "sentences", "facts", "asserted");
    static final String TEXT_SEPARATOR = " | ";

    private ExportAttributes() { }

    /** The literal attribute names used by any node of the graph, sorted. */
    static TreeSet<String> literalNames(PropertyGraph graph) {
        TreeSet<String> names = new TreeSet<>();
        graph.nodes().forEach(n -> names.addAll(n.attributes().keySet()));
        return names;
    }

    /** A node's attributes, the label first. */
    static Map<String, Attribute> of(GraphNode n) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(n.label()));
        a.put("iri", DefaultAttribute.createAttribute(n.id()));
        putText(a, "class", n.type());
        a.put("classLabel", DefaultAttribute.createAttribute(n.typeLabel()));
        putText(a, "scheme", n.scheme());
        a.put("degree", DefaultAttribute.createAttribute(n.degree()));
        a.put("pagerank", DefaultAttribute.createAttribute(n.pagerank()));
        a.put("size", DefaultAttribute.createAttribute(n.size()));
        a.put("color", DefaultAttribute.createAttribute(n.color()));
        a.put("shape", DefaultAttribute.createAttribute(n.shape()));
        n.attributes().forEach((name, values) -> putText(a, name, String.join(TEXT_SEPARATOR, values)));
        return a;
    }

    /** An edge's attributes, the label first. */
    static Map<String, Attribute> of(GraphEdge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(e.label()));
        a.put("predicate", DefaultAttribute.createAttribute(e.predicate()));
        putText(a, "modality", String.join(TEXT_SEPARATOR, e.modalities()));
        putText(a, "modalityIri", String.join(" ", e.modalityIris()));
        putText(a, "year", String.join(TEXT_SEPARATOR, e.years()));
        putText(a, "sentences", String.join(" ", e.sentences()));
        putText(a, "facts", String.join(" ", e.facts()));
        a.put("asserted", DefaultAttribute.createAttribute(Boolean.toString(e.asserted())));
        return a;
    }

    private static void putText(Map<String, Attribute> a, String name, String value) {
        if (!value.isEmpty())
            a.put(name, DefaultAttribute.createAttribute(value));
    }

    private static Map<String, AttributeType> orderedOf(Object... pairs) {
        Map<String, AttributeType> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2)
            m.put((String) pairs[i], (AttributeType) pairs[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }
}
