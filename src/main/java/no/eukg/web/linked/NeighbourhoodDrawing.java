package no.eukg.web.linked;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

import no.eukg.linked.Description;
import no.eukg.vocab.Itsrdf;

/**
 * The picture of a resource's direct neighbourhood on its page: the resource in the middle, its
 * neighbours on this server on a circle around it, one line to each. Drawn on the server as SVG by
 * the template from these numbers, so the picture needs no script (the Content-Security-Policy
 * allows none).
 */
final class NeighbourhoodDrawing {
    /** Most neighbours drawn; the rest are counted as "more". */
    static final int SHOWN = 12;
    private static final double WIDTH = 560;
    private static final double HEIGHT = 380;
    private static final double RADIUS = 140;

    /**
     * One neighbour: its name, where it links, and what the line to it says.
     *
     * @param edgeTitle e.g. {@code cooperates with → European Union}
     */
    record Neighbour(String label, String href, String edgeTitle) {
        Neighbour {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(edgeTitle, "edgeTitle");
        }
    }

    /**
     * What the template draws; coordinates are formatted already, as SVG attributes.
     *
     * @param cty where the centre's label stands
     * @param label the resource's name, shortened to fit
     * @param more the neighbours left out, if any were
     */
    record Picture(String width, String height, String cx, String cy, String cty, String label, List<NodeMark> nodes,
            List<EdgeLine> edges, Optional<Integer> more) {
        Picture {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(more, "more");
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }
    }

    /**
     * A neighbour's circle and name.
     *
     * @param ty where its label stands
     * @param label its name, shortened to fit
     * @param title its whole name, as a tooltip
     */
    record NodeMark(String x, String y, String ty, String label, String title, String href) { }

    /** The line from the resource to a neighbour, its tooltip saying how they are related. */
    record EdgeLine(String x1, String y1, String x2, String y2, String title) { }

    private final Links links;
    private final NodeViews names;

    NeighbourhoodDrawing(Links links, NodeViews names) {
        this.links = Objects.requireNonNull(links, "links");
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * The picture of the resource's direct neighbours that have pages here (not ontology terms,
     * not things elsewhere, not mentions of it in the text), each once, by IRI; none, when it has none.
     */
    Optional<Picture> picture(Description d, String lang) {
        Graph g = d.graph();
        Node self = d.resource();
        Map<Node, String> neighbours = new TreeMap<>(Comparator.comparing(Node::toString));
        Set<Node> inverse = new HashSet<>();
        g.find(self, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isURI() && !o.equals(self) && !links.isExternal(o) && !Relations.SHOWN_APART.contains(t.getPredicate())
                    && !links.isOntology(o))
                neighbours.putIfAbsent(o, names.name(g, t.getPredicate(), lang));
        });
        g.find(Node.ANY, Node.ANY, self).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && !s.equals(self) && !t.getPredicate().equals(Itsrdf.TA_IDENT_REF) && !links.isExternal(s)
                    && neighbours.putIfAbsent(s, names.name(g, t.getPredicate(), lang)) == null)
                inverse.add(s);
        });
        if (neighbours.isEmpty())
            return Optional.empty();
        List<Neighbour> drawn = new ArrayList<>();
        neighbours.forEach((n, property) -> {
            String label = names.name(g, n, lang);
            drawn.add(new Neighbour(label, links.href(n),
                    inverse.contains(n) ? label + " → " + property : property + " → " + label));
        });
        return Optional.of(draw(names.name(g, self, lang), drawn));
    }

    /**
     * The geometry of the picture.
     *
     * @param neighbours in the order to place them, clockwise from the top; beyond {@link #SHOWN} they are counted
     */
    static Picture draw(String selfLabel, List<Neighbour> neighbours) {
        List<Neighbour> shown = neighbours.subList(0, Math.min(SHOWN, neighbours.size()));
        double cx = WIDTH / 2;
        double cy = HEIGHT / 2;
        List<NodeMark> nodes = new ArrayList<>();
        List<EdgeLine> edges = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Neighbour n = shown.get(i);
            double a = -Math.PI / 2 + 2 * Math.PI * i / shown.size();
            String x = fmt(cx + RADIUS * Math.cos(a));
            String y = fmt(cy + RADIUS * Math.sin(a));
            nodes.add(new NodeMark(x, y, fmt(cy + RADIUS * Math.sin(a) + 22), Segments.shorten(n.label(), 24), n.label(), n.href()));
            edges.add(new EdgeLine(fmt(cx), fmt(cy), x, y, n.edgeTitle()));
        }
        Optional<Integer> more = neighbours.size() > shown.size() ? Optional.of(neighbours.size() - shown.size()) : Optional.empty();
        return new Picture(fmt(WIDTH), fmt(HEIGHT), fmt(cx), fmt(cy), fmt(cy + 26), Segments.shorten(selfLabel, 28), nodes, edges, more);
    }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}
