package no.eukg.export.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The RDF graph as a property graph: a JGraphT directed pseudograph (loops and parallel edges
 * allowed, as RDF has them) whose vertices are node ids and whose edges are {@link GraphEdge}s,
 * with each node's attributes and the legend of how classes are drawn. Immutable; nodes and
 * edges iterate in a stable order (nodes by id, edges by subject, predicate, object), so every
 * export of the same data is byte-for-byte the same.
 */
public final class PropertyGraph {
    private final Graph<String, GraphEdge> graph;
    private final Map<String, GraphNode> nodes;
    private final List<LegendEntry> styles;
    private final GraphView view;
    private final String lang;
    private final String title;

    /**
     * @param nodes  in the order they are to be written
     * @param edges  in the order they are to be written; both ends must be among {@code nodes}
     * @param styles how each class is drawn, in legend order (counts are recomputed here)
     */
    PropertyGraph(List<GraphNode> nodes, List<GraphEdge> edges, List<LegendEntry> styles,
                  GraphView view, String lang, String title) {
        this.view = Objects.requireNonNull(view, "view");
        this.lang = Objects.requireNonNull(lang, "lang");
        this.title = Objects.requireNonNull(title, "title");
        this.styles = List.copyOf(styles);
        DirectedPseudograph<String, GraphEdge> g = new DirectedPseudograph<>(null, null, false);
        Map<String, GraphNode> byId = new LinkedHashMap<>();
        for (GraphNode n : nodes) {
            byId.put(n.id(), n);
            g.addVertex(n.id());
        }
        for (GraphEdge e : edges) {
            if (!byId.containsKey(e.source()) || !byId.containsKey(e.target()))
                throw new IllegalArgumentException("edge " + e.id() + " has an end that is not a node");
            g.addEdge(e.source(), e.target(), e);
        }
        this.graph = new AsUnmodifiableGraph<>(g);
        this.nodes = java.util.Collections.unmodifiableMap(byId);
    }

    /** The JGraphT graph (read-only): vertices are node ids. */
    public Graph<String, GraphEdge> graph() { return graph; }

    /** The nodes, in output order. */
    public Collection<GraphNode> nodes() { return nodes.values(); }

    /** The edges, in output order. */
    public Set<GraphEdge> edges() { return graph.edgeSet(); }

    public Optional<GraphNode> node(String id) { return Optional.ofNullable(nodes.get(id)); }

    public int nodeCount() { return nodes.size(); }

    public int edgeCount() { return graph.edgeSet().size(); }

    public GraphView view() { return view; }

    /** The language labels were chosen for. */
    public String lang() { return lang; }

    /** A one-line description for file metadata. */
    public String title() { return title; }

    /** The classes present, in legend order, with how many nodes each has here. */
    public List<LegendEntry> legend() {
        Map<String, Integer> counts = new HashMap<>();
        for (GraphNode n : nodes.values())
            counts.merge(n.type(), 1, Integer::sum);
        List<LegendEntry> legend = new ArrayList<>();
        for (LegendEntry s : styles) {
            int count = counts.getOrDefault(s.type(), 0);
            if (count > 0)
                legend.add(new LegendEntry(s.type(), s.label(), s.color(), s.shape(), count));
        }
        return legend;
    }

    /**
     * The nodes within {@code depth} steps of {@code focus}, following edges either way, and every
     * edge between them. Node attributes (degree, PageRank, colours) stay those of this graph.
     *
     * @throws IllegalArgumentException if {@code focus} is not a node
     */
    public PropertyGraph neighbourhood(String focus, int depth) {
        if (!nodes.containsKey(focus))
            throw new IllegalArgumentException("not a node: " + focus);
        if (depth < 0)
            throw new IllegalArgumentException("negative depth: " + depth);
        Map<String, Integer> seen = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        seen.put(focus, 0);
        queue.add(focus);
        while (!queue.isEmpty()) {
            String v = queue.poll();
            int d = seen.get(v);
            if (d == depth)
                continue;
            for (GraphEdge e : graph.edgesOf(v)) {
                String w = Graphs.getOppositeVertex(graph, e, v);
                if (seen.putIfAbsent(w, d + 1) == null)
                    queue.add(w);
            }
        }
        return induced(seen.keySet(), null);
    }

    /**
     * The given nodes and, if {@code edgeIds} is null, every edge between them, else those of the
     * given edges whose ends are both kept. Unknown ids are ignored.
     */
    public PropertyGraph restrict(Collection<String> nodeIds, Collection<String> edgeIds) {
        return induced(new LinkedHashSet<>(nodeIds), edgeIds == null ? null : Set.copyOf(edgeIds));
    }

    private PropertyGraph induced(Set<String> keep, Set<String> edgeIds) {
        List<GraphNode> n = nodes.values().stream().filter(x -> keep.contains(x.id())).toList();
        List<GraphEdge> e = graph.edgeSet().stream()
                .filter(x -> keep.contains(x.source()) && keep.contains(x.target()))
                .filter(x -> edgeIds == null || edgeIds.contains(x.id()))
                .toList();
        return new PropertyGraph(n, e, styles, view, lang, title);
    }
}
