package no.eukg.export.graph;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import no.eukg.graph.Namespace;
import no.eukg.graph.Store;

/**
 * The store's graph for exports, read once and kept as long as this object: the web keeps one per
 * version of the dataset, so an update (or a remote store's new data, which changes its version)
 * is seen, and nothing is read again while the version stands. Built property graphs are kept per
 * view and language (a few, least recently used dropped first).
 */
public final class StoreGraphs {
    private static final int KEPT_GRAPHS = 8;

    private final Store store;
    private final Namespace namespace;
    private final Duration timeout;
    private GraphSnapshot snapshot;
    private final Map<String, PropertyGraph> graphs = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PropertyGraph> eldest) {
            return size() > KEPT_GRAPHS;
        }
    };

    /**
     * @param namespace the canonical namespace the store's IRIs are minted under
     * @param timeout   the limit for each query that reads the store, or null for none
     */
    public StoreGraphs(Store store, Namespace namespace, Duration timeout) {
        this.store = Objects.requireNonNull(store, "store");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.timeout = timeout;
    }

    /** The store's snapshot, for labels and provenance of query results. */
    public synchronized GraphSnapshot snapshot() {
        if (snapshot == null)
            snapshot = GraphSnapshot.load(store, namespace, timeout);
        return snapshot;
    }

    /**
     * The whole graph in a view with labels in a language.
     *
     * @throws IllegalArgumentException if {@code lang} is not a well-formed language tag
     */
    public synchronized PropertyGraph graph(GraphView view, String lang) {
        Objects.requireNonNull(view, "view");
        if (!GraphFormats.isLanguageTag(lang))
            throw new IllegalArgumentException("not a language tag: " + lang);
        GraphSnapshot snap = snapshot();
        return graphs.computeIfAbsent(view.id() + "|" + lang, k -> new PropertyGraphBuilder(snap, lang)
                .build(view, "Graph of " + namespace + " (" + view.id() + " view, labels in " + lang + ")"));
    }
}
