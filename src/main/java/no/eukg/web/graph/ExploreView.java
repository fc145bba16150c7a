package no.eukg.web.graph;

import no.eukg.web.Templates;

import java.util.List;
import java.util.Objects;

import no.eukg.export.graph.LegendEntry;

/**
 * What the {@code explore} template shows: where the explorer starts and what its controls offer.
 * The graph itself is fetched by the page's script.
 *
 * @param start the node to start at
 * @param namespace the canonical namespace: node ids are canonical IRIs, which the script links to their copies here
 * @param base where this server is reachable
 * @param legend the classes, with the colour and shape the script draws each in
 * @param schemes the concepts (policy areas, regions) by their scheme
 * @param nodes every node, for the search box
 * @param alternates the whole graph in the property-graph formats
 */
record ExploreView(String lang, String start, String namespace, String base, int nodeCount, int edgeCount,
        List<LegendEntry> legend, List<Scheme> schemes, List<Modality> modalities, List<NodeOption> nodes,
        List<Alternate> alternates) implements Templates.Localized {
    ExploreView {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(base, "base");
        legend = List.copyOf(legend);
        schemes = List.copyOf(schemes);
        modalities = List.copyOf(modalities);
        nodes = List.copyOf(nodes);
        alternates = List.copyOf(alternates);
    }

    String title() { return "Explore"; }

    /** A concept scheme and its concepts, by label. */
    record Scheme(String label, List<Concept> concepts) {
        Scheme {
            Objects.requireNonNull(label, "label");
            concepts = List.copyOf(concepts);
        }
    }

    /** A concept, by its node id. */
    record Concept(String id, String label) {
        Concept {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }
    }

    /** A modality facts have, e.g. planned. */
    record Modality(String iri, String label) {
        Modality {
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A node as the search box offers it.
     *
     * @param classLabel the label of its class
     */
    record NodeOption(String id, String label, String classLabel) {
        NodeOption {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(classLabel, "classLabel");
        }
    }

    /** The whole graph in one format. */
    record Alternate(String type, String href) {
        Alternate {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(href, "href");
        }
    }
}
