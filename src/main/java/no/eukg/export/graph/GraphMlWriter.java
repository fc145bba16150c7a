package no.eukg.export.graph;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * GraphML 1.0 through JGraphT's {@link GraphMLExporter}. GraphML ids must be XML NMTOKENs, which
 * IRIs are not (they contain {@code /}), so nodes are {@code n0, n1, ...} in node order and carry
 * their IRI in the {@code iri} key; edges keep their ids.
 */
final class GraphMlWriter {
    private GraphMlWriter() { }

    static void write(PropertyGraph graph, OutputStream out) {
        Map<String, String> ids = new HashMap<>();
        graph.nodes().forEach(n -> ids.put(n.id(), "n" + ids.size()));
        GraphMLExporter<String, GraphEdge> exporter = new GraphMLExporter<>(ids::get);
        exporter.setEdgeIdProvider(GraphEdge::id);
        exporter.setExportVertexLabels(true);
        exporter.setVertexLabelAttributeName("label");
        exporter.setExportEdgeLabels(true);
        exporter.setEdgeLabelAttributeName("label");
        ExportAttributes.NODE.forEach((name, type) -> exporter.registerAttribute(name, AttributeCategory.NODE, type));
        ExportAttributes.literalNames(graph).forEach(name -> exporter.registerAttribute(name, AttributeCategory.NODE, AttributeType.STRING));
        ExportAttributes.EDGE.forEach(name -> exporter.registerAttribute(name, AttributeCategory.EDGE, AttributeType.STRING));
        exporter.setVertexAttributeProvider(id -> ExportAttributes.of(graph.node(id).orElseThrow()));
        exporter.setEdgeAttributeProvider(ExportAttributes::of);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        exporter.exportGraph(graph.graph(), writer);
    }
}
