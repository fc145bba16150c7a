package no.eukg.web.graph;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.export.graph.GraphEdge;
import no.eukg.export.graph.GraphFormat;
import no.eukg.export.graph.GraphNode;
import no.eukg.export.graph.GraphView;
import no.eukg.export.graph.PropertyGraph;
import no.eukg.export.graph.StoreGraphs;
import no.eukg.web.HttpError;
import no.eukg.web.ResourceServlet;
import no.eukg.web.Site;

/**
 * {@code /explore}: the graph explorer page. The page itself is plain HTML from the
 * {@code explore} template; {@code static/explore.js} draws the graph with Cytoscape.js (from
 * its webjar, so no network is needed) from {@code /graph.json}, starting at {@code focus}
 * ({@code <namespace>id/norway} by default) and its neighbours. The server fills in what the page's
 * controls offer: the legend, the concept schemes' concepts (policy areas, regions), the
 * modalities, and every node's label for the search box.
 */
final class ExploreServlet extends ResourceServlet {
    private final Supplier<StoreGraphs> graphs;

    ExploreServlet(Site site, Supplier<StoreGraphs> graphs) {
        super(site);
        this.graphs = Objects.requireNonNull(graphs, "graphs");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String lang = GraphRequests.lang(req);
        String focus = GraphRequests.focus(req);
        PropertyGraph graph = site.gate().evaluate(() -> graphs.get().graph(GraphView.FACTS, lang));
        if (focus != null && graph.node(focus).isEmpty())
            throw HttpError.notFound("parameter 'focus': <" + focus + "> is not a node of the graph");
        String start = focus != null ? focus : defaultStart(graph);

        List<ExploreView.NodeOption> nodes = graph.nodes().stream()
                .sorted(Comparator.comparing(GraphNode::label, String.CASE_INSENSITIVE_ORDER))
                .map(n -> new ExploreView.NodeOption(n.id(), n.label(), n.typeLabel())).toList();
        List<ExploreView.Alternate> alternates = new ArrayList<>();
        for (GraphFormat f : GraphFormat.values())
            alternates.add(new ExploreView.Alternate(f.mediaType(), site.link("graph." + f.extension())));
        ExploreView view = new ExploreView(lang, start, site.namespace().iri(), site.base(), graph.nodeCount(), graph.edgeCount(),
                graph.legend(), schemes(graph), modalities(graph), nodes, alternates);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        templates.render("explore", view, resp.getWriter());
    }

    /** Norway if the graph has it, else the node with the highest PageRank. */
    private String defaultStart(PropertyGraph graph) {
        String norway = site.namespace().resources() + "norway";
        if (graph.node(norway).isPresent())
            return norway;
        return graph.nodes().stream().max(Comparator.comparingDouble(GraphNode::pagerank)).map(GraphNode::id).orElse("");
    }

    /** Concepts grouped by their scheme: the policy areas, the regions. */
    private static List<ExploreView.Scheme> schemes(PropertyGraph graph) {
        Map<String, List<ExploreView.Concept>> byScheme = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        graph.nodes().stream().filter(n -> !n.scheme().isEmpty())
                .sorted(Comparator.comparing(GraphNode::label, String.CASE_INSENSITIVE_ORDER))
                .forEach(n -> byScheme.computeIfAbsent(n.scheme(), k -> new ArrayList<>()).add(new ExploreView.Concept(n.id(), n.label())));
        List<ExploreView.Scheme> schemes = new ArrayList<>();
        byScheme.forEach((label, concepts) -> schemes.add(new ExploreView.Scheme(label, concepts)));
        return schemes;
    }

    private static List<ExploreView.Modality> modalities(PropertyGraph graph) {
        Map<String, String> labels = new TreeMap<>();
        for (GraphEdge e : graph.edges())
            for (int i = 0; i < e.modalityIris().size() && i < e.modalities().size(); i++)
                labels.put(e.modalityIris().get(i), e.modalities().get(i));
        List<ExploreView.Modality> list = new ArrayList<>();
        labels.forEach((iri, label) -> list.add(new ExploreView.Modality(iri, label)));
        list.sort(Comparator.comparing(ExploreView.Modality::label));
        return list;
    }
}
