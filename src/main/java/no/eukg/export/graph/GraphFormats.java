package no.eukg.export.graph;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;

/**
 * Writes graphs in the visualisation formats; the one entry point for any feature that answers in
 * them (the graph exports, {@code /sparql} CONSTRUCT results, canned-query results).
 *
 * <p>A CONSTRUCT or DESCRIBE result becomes a graph with {@link #fromGraph}: every resource in it
 * is a node (the {@link GraphView#ALL} reading of the result), literals are node attributes,
 * and labels, classes and the facts' provenance are taken from the result and, where it lacks
 * them, from the store's {@link GraphSnapshot} (get one from {@link StoreGraphs#snapshot()}).
 *
 * <p>What each format carries: nodes have {@code label}, {@code iri}, {@code class},
 * {@code classLabel}, {@code scheme}, {@code degree}, {@code pagerank}, {@code size},
 * {@code color}, {@code shape} and one attribute per literal property (prefixed names such as
 * {@code skos:altLabel}); edges have {@code label}, {@code predicate}, {@code modality},
 * {@code modalityIri}, {@code year}, {@code sentences}, {@code facts} and {@code asserted}
 * (false for a fact only its named graph holds: planned, sought, an aim). In GraphML and GEXF a
 * list is one string (IRIs separated by spaces, text by {@code " | "}); in Cytoscape JSON it is
 * an array.
 */
public final class GraphFormats {
    private GraphFormats() { }

    /** Writes a graph (GEXF as 1.3); does not close {@code out}. */
    public static void write(PropertyGraph graph, GraphFormat format, OutputStream out) {
        write(graph, format, GexfVersion.V1_3, out);
    }

    /** Writes a graph, GEXF in the version given; does not close {@code out}. */
    public static void write(PropertyGraph graph, GraphFormat format, GexfVersion gexf, OutputStream out) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(gexf, "gexf");
        switch (Objects.requireNonNull(format, "format")) {
            case GRAPHML -> GraphMlWriter.write(graph, out);
            case GEXF -> GexfWriter.write(graph, gexf, out);
            case DOT -> DotWriter.write(graph, out);
            case CYJS -> CytoscapeWriter.write(graph, out);
        }
    }

    /**
     * A CONSTRUCT or DESCRIBE result as a property graph.
     *
     * @param background the store's snapshot, for labels, classes and provenance
     * @param lang       the label language, a well-formed tag ({@link #isLanguageTag})
     */
    public static PropertyGraph fromGraph(Graph result, GraphSnapshot background, String lang) {
        Objects.requireNonNull(result, "result");
        return new PropertyGraphBuilder(background, lang).build(result, GraphView.ALL,
                "Query result (labels in " + lang + ")");
    }

    /** Writes a CONSTRUCT or DESCRIBE result in a graph format; see {@link #fromGraph}. */
    public static void write(Graph result, GraphSnapshot background, String lang, GraphFormat format, OutputStream out) {
        write(fromGraph(result, background, lang), format, out);
    }

    /** The formats that answer a CONSTRUCT by {@code Accept}: GraphML, GEXF and DOT. */
    public static List<GraphFormat> constructFormats() {
        return List.of(GraphFormat.GRAPHML, GraphFormat.GEXF, GraphFormat.DOT);
    }

    /** True for a language tag labels can be chosen by. */
    public static boolean isLanguageTag(String lang) {
        return LangPreference.isWellFormed(lang);
    }

    /** The format of a media type, if it is one of {@link #constructFormats()}. */
    public static Optional<GraphFormat> constructFormat(String mediaType) {
        return GraphFormat.byMediaType(mediaType).filter(constructFormats()::contains);
    }
}
