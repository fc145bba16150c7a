package no.eukg.web.linked;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

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
     * @param edgeLabel the relation, as the line is labelled, e.g. {@code cooperates with}
     * @param edgeTitle e.g. {@code cooperates with → European Union}
     */
    record Neighbour(String label, String href, String edgeLabel, String edgeTitle) {
        Neighbour {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(edgeLabel, "edgeLabel");
            Objects.requireNonNull(edgeTitle, "edgeTitle");
        }
    }

    /**
     * What the template draws; coordinates are formatted already, as SVG attributes.
     *
     * @param cty where the centre's label stands
     * @param label the resource's name, shortened to fit
     * @param more the neighbours left out, if any were
     * @param moreHref where all of them are drawn (the explorer, focused on the resource)
     */
    record Picture(String width, String height, String cx, String cy, String cty, String label, List<NodeMark> nodes,
            List<EdgeLine> edges, Optional<Integer> more, String moreHref) {
        Picture {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(more, "more");
            Objects.requireNonNull(moreHref, "moreHref");
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

    /**
     * The line from the resource to a neighbour, its tooltip saying how they are related, and its
     * label written along it (turned so that it reads left to right).
     */
    record EdgeLine(String x1, String y1, String x2, String y2, String title, String label, String lx, String ly, String angle) { }

    private final Links links;
    private final NodeViews names;

    NeighbourhoodDrawing(Links links, NodeViews names) {
        this.links = Objects.requireNonNull(links, "links");
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * The picture of the resource's direct neighbours that have pages here (not ontology terms,
     * not things elsewhere, not mentions of it in the text), each once; none, when it has none.
     * The most closely tied are drawn: those linked to the resource by the most statements (the
     * EU, for Norway), then those the description speaks of most, then by name.
     */
    Optional<Picture> picture(Description d, String lang) {
        Graph g = d.graph();
        Node self = d.resource();
        Map<Node, Node> firstProperty = new LinkedHashMap<>();
        Map<Node, Integer> ties = new HashMap<>();
        Set<Node> inverse = new HashSet<>();
        List<Triple> links = new ArrayList<>();
        g.find(self, Node.ANY, Node.ANY).forEachRemaining(links::add);
        g.find(Node.ANY, Node.ANY, self).forEachRemaining(links::add);
        for (Quad q : d.quads())
            if (q.getSubject().equals(self) || q.getObject().equals(self))
                links.add(q.asTriple());
        for (Triple t : links) {
            boolean out = t.getSubject().equals(self);
            Node n = out ? t.getObject() : t.getSubject();
            if (!n.isURI() || n.equals(self) || this.links.isExternal(n) || this.links.isOntology(n)
                    || Relations.SHOWN_APART.contains(t.getPredicate()) || t.getPredicate().equals(Itsrdf.TA_IDENT_REF))
                continue;
            if (firstProperty.putIfAbsent(n, t.getPredicate()) == null && !out)
                inverse.add(n);
            ties.merge(n, 1, Integer::sum);
        }
        if (firstProperty.isEmpty())
            return Optional.empty();
        Map<Node, String> labels = new HashMap<>();
        firstProperty.keySet().forEach(n -> labels.put(n, names.name(g, n, lang)));
        List<Node> order = new ArrayList<>(firstProperty.keySet());
        order.sort(Comparator.comparing((Node n) -> -ties.get(n))
                .thenComparing(n -> -(g.find(n, Node.ANY, Node.ANY).toList().size() + g.find(Node.ANY, Node.ANY, n).toList().size()))
                .thenComparing(labels::get));
        List<Neighbour> drawn = new ArrayList<>();
        for (Node n : order) {
            String label = labels.get(n);
            String property = names.name(g, firstProperty.get(n), lang);
            drawn.add(new Neighbour(label, this.links.href(n), property,
                    inverse.contains(n) ? label + " → " + property : property + " → " + label));
        }
        return Optional.of(draw(names.name(g, self, lang), drawn, this.links.to("explore") + "?focus="
                + java.net.URLEncoder.encode(self.getURI(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * The geometry of the picture. Names above the circles in the upper half and below them in the
     * lower, so that neighbours side by side do not write over each other.
     *
     * @param neighbours in the order to place them, clockwise from the top; beyond {@link #SHOWN} they are counted
     * @param moreHref where all of them are
     */
    static Picture draw(String selfLabel, List<Neighbour> neighbours, String moreHref) {
        List<Neighbour> shown = neighbours.subList(0, Math.min(SHOWN, neighbours.size()));
        double cx = WIDTH / 2;
        double cy = HEIGHT / 2;
        List<NodeMark> nodes = new ArrayList<>();
        List<EdgeLine> edges = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Neighbour n = shown.get(i);
            double a = -Math.PI / 2 + 2 * Math.PI * i / shown.size();
            double x = cx + RADIUS * Math.cos(a);
            double y = cy + RADIUS * Math.sin(a);
            double ty = y < cy - 1 ? y - 14 : y + 22;
            nodes.add(new NodeMark(fmt(x), fmt(y), fmt(ty), Segments.shorten(n.label(), 24), n.label(), n.href()));
            // The label halfway along the line, turned with it, upside down never.
            double degrees = Math.toDegrees(a);
            if (degrees > 90 || degrees < -90)
                degrees += 180;
            double lx = cx + RADIUS * 0.55 * Math.cos(a);
            double ly = cy + RADIUS * 0.55 * Math.sin(a);
            edges.add(new EdgeLine(fmt(cx), fmt(cy), fmt(x), fmt(y), n.edgeTitle(), Segments.shorten(n.edgeLabel(), 22),
                    fmt(lx), fmt(ly), fmt(degrees)));
        }
        Optional<Integer> more = neighbours.size() > shown.size() ? Optional.of(neighbours.size() - shown.size()) : Optional.empty();
        return new Picture(fmt(WIDTH), fmt(HEIGHT), fmt(cx), fmt(cy), fmt(cy + 26), Segments.shorten(selfLabel, 28), nodes, edges,
                more, moreHref);
    }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}
