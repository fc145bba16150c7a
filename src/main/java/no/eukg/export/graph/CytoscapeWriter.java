package no.eukg.export.graph;

import java.io.OutputStream;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Cytoscape.js elements, in the envelope Cytoscape desktop writes to {@code .cyjs} files
 * ({@code format_version}, {@code data}, {@code elements: {nodes, edges}}), so both the browser
 * library ({@code cy.add(json.elements)}) and the desktop application read it. Built with Jena's
 * JSON objects, never by string concatenation. List attributes are JSON arrays. {@code data}
 * also carries the legend: how each class is drawn.
 */
final class CytoscapeWriter {
    private CytoscapeWriter() { }

    static void write(PropertyGraph graph, OutputStream out) {
        JSON.write(out, toJson(graph));
    }

    static JsonObject toJson(PropertyGraph graph) {
        JsonObject root = new JsonObject();
        root.put("format_version", "1.0");
        root.put("generated_by", "norway-eu-kg");
        root.put("target_cytoscapejs_version", "~3.33");
        JsonObject data = new JsonObject();
        data.put("name", graph.title());
        data.put("view", graph.view().id());
        data.put("lang", graph.lang());
        data.put("nodeCount", graph.nodeCount());
        data.put("edgeCount", graph.edgeCount());
        JsonArray legend = new JsonArray();
        for (LegendEntry e : graph.legend()) {
            JsonObject o = new JsonObject();
            o.put("class", e.type());
            o.put("label", e.label());
            o.put("color", e.color());
            o.put("shape", e.shape());
            o.put("count", e.count());
            legend.add(o);
        }
        data.put("legend", legend);
        root.put("data", data);

        JsonArray nodes = new JsonArray();
        for (GraphNode n : graph.nodes()) {
            JsonObject d = new JsonObject();
            d.put("id", n.id());
            d.put("label", n.label());
            d.put("class", n.type());
            d.put("classLabel", n.typeLabel());
            d.put("scheme", n.scheme());
            d.put("degree", n.degree());
            d.put("pagerank", JsonNumber.value(n.pagerank()));
            d.put("size", JsonNumber.value(n.size()));
            d.put("color", n.color());
            d.put("shape", n.shape());
            d.put("blank", n.isBlank());
            n.attributes().forEach((name, values) -> d.put(name, array(values)));
            nodes.add(element(d));
        }
        JsonArray edges = new JsonArray();
        for (GraphEdge e : graph.edges()) {
            JsonObject d = new JsonObject();
            d.put("id", e.id());
            d.put("source", e.source());
            d.put("target", e.target());
            d.put("label", e.label());
            d.put("predicate", e.predicate());
            d.put("modality", array(e.modalities()));
            d.put("modalityIri", array(e.modalityIris()));
            d.put("year", array(e.years()));
            d.put("sentences", array(e.sentences()));
            d.put("facts", array(e.facts()));
            d.put("asserted", e.asserted());
            edges.add(element(d));
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        root.put("elements", elements);
        return root;
    }

    private static JsonObject element(JsonObject data) {
        JsonObject o = new JsonObject();
        o.put("data", data);
        return o;
    }

    private static JsonArray array(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
