package no.eukg.export.graph;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Graphviz DOT through JGraphT's {@link DOTExporter}: node ids are the quoted IRIs; nodes are
 * filled with their class's colour and shape, sized by PageRank through the font, and link to
 * their IRI in SVG output ({@code URL}); edges carry the predicate's label. No layout engine is
 * chosen: {@code dot}, {@code sfdp} and {@code neato} all read it.
 */
final class DotWriter {
    private static final String FONT = "Helvetica";

    private DotWriter() { }

    static void write(PropertyGraph graph, OutputStream out) {
        DOTExporter<String, GraphEdge> exporter = new DOTExporter<>(DotWriter::quoted);
        exporter.setGraphAttributeProvider(() -> {
            // Written as they are (not quoted) by JGraphT: each value must be a DOT ID already.
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("overlap", DefaultAttribute.createAttribute("false"));
            a.put("splines", DefaultAttribute.createAttribute("true"));
            a.put("outputorder", DefaultAttribute.createAttribute("edgesfirst"));
            a.put("fontname", DefaultAttribute.createAttribute(quoted(FONT)));
            a.put("label", DefaultAttribute.createAttribute(quoted(graph.title())));
            return a;
        });
        exporter.setVertexAttributeProvider(id -> node(graph.node(id).orElseThrow()));
        exporter.setEdgeAttributeProvider(DotWriter::edge);
        exporter.exportGraph(graph.graph(), new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static Map<String, Attribute> node(GraphNode n) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", text(n.label()));
        a.put("tooltip", text(n.typeLabel() + ": " + n.id()));
        if (!n.isBlank())
            a.put("URL", text(n.id()));
        a.put("shape", text(shape(n.shape())));
        a.put("style", text(n.shape().equals("round-rectangle") ? "filled,rounded" : "filled"));
        a.put("fillcolor", text(n.color()));
        a.put("color", text("#4d4d4d"));
        a.put("fontname", text(FONT));
        a.put("fontsize", text(String.format(Locale.ROOT, "%.1f", 9 + (n.size() - 24) / 48 * 9)));
        return a;
    }

    private static Map<String, Attribute> edge(GraphEdge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", text(e.label()));
        StringBuilder tip = new StringBuilder(e.predicate());
        if (!e.modalities().isEmpty())
            tip.append(" (").append(String.join(", ", e.modalities())).append(')');
        if (!e.years().isEmpty())
            tip.append(' ').append(String.join(", ", e.years()));
        a.put("tooltip", text(tip.toString()));
        a.put("color", text("#8c8c8c"));
        if (!e.asserted())
            a.put("style", text("dashed")); // not stated as the case: planned, sought, an aim...
        a.put("fontcolor", text("#5a5a5a"));
        a.put("fontname", text(FONT));
        a.put("fontsize", text("8"));
        return a;
    }

    private static String shape(String cytoscapeShape) {
        return switch (cytoscapeShape) {
            case "round-rectangle", "rectangle" -> "box";
            case "diamond", "hexagon", "triangle", "octagon", "pentagon" -> cytoscapeShape;
            default -> "ellipse";
        };
    }

    /**
     * A string attribute. JGraphT escapes double quotes; backslashes are escaped here, because
     * Graphviz reads {@code \N}, {@code \n} and the like in labels as escapes.
     */
    private static Attribute text(String value) {
        return DefaultAttribute.createAttribute(value.replace("\\", "\\\\"));
    }

    static String quoted(String id) {
        return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
