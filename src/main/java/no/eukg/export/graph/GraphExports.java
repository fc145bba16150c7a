package no.eukg.export.graph;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import no.eukg.graph.Namespace;
import no.eukg.graph.Store;

/**
 * The graph exports for the {@code export} command: the whole graph of a store in GraphML, GEXF
 * 1.3, DOT or Cytoscape.js JSON, in the facts view (entities and their relations) unless told
 * otherwise. See {@link GraphView} for what each view leaves out and {@link GraphFormats} for
 * what each format carries.
 */
public final class GraphExports {
    private GraphExports() { }

    /** The format names {@code export --format} takes: graphml, gexf, dot, cyjs. */
    public static List<String> formats() {
        return Arrays.stream(GraphFormat.values()).map(GraphFormat::id).toList();
    }

    /** Writes the facts view; see {@link #write(Store, Namespace, GraphFormat, String, GraphView, OutputStream)}. */
    public static void write(Store store, Namespace namespace, GraphFormat format, String lang, OutputStream out) {
        write(store, namespace, format, lang, GraphView.FACTS, out);
    }

    /**
     * Writes a store's graph.
     *
     * @param namespace the canonical namespace the store's IRIs are minted under (entities are {@code <namespace>id/...})
     * @param lang   the language of labels, e.g. {@code en} or {@code nb}
     * @throws IllegalArgumentException naming a bad language
     */
    public static void write(Store store, Namespace namespace, GraphFormat format, String lang, GraphView view, OutputStream out) {
        Objects.requireNonNull(store, "store");
        GraphFormat f = Objects.requireNonNull(format, "format");
        if (!GraphFormats.isLanguageTag(lang))
            throw new IllegalArgumentException("not a language tag: '" + lang + "'");
        GraphFormats.write(new StoreGraphs(store, namespace, null).graph(view, lang), f, out);
    }
}
