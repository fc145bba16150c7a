package no.eukg.web.linked;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The geometry of a resource page's neighbourhood picture: the resource in the middle, its
 * neighbours on a circle around it, one line to each. Drawn on the server as SVG by the template
 * from these numbers, so the picture needs no script (the Content-Security-Policy allows none).
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

    private NeighbourhoodDrawing() { }

    /**
     * The template's model of the picture.
     *
     * @param neighbours in the order to place them, clockwise from the top; beyond {@link #SHOWN} they are counted
     */
    static Map<String, Object> draw(String selfLabel, List<Neighbour> neighbours) {
        List<Neighbour> shown = neighbours.subList(0, Math.min(SHOWN, neighbours.size()));
        double cx = WIDTH / 2;
        double cy = HEIGHT / 2;
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Neighbour n = shown.get(i);
            double a = -Math.PI / 2 + 2 * Math.PI * i / shown.size();
            String x = fmt(cx + RADIUS * Math.cos(a));
            String y = fmt(cy + RADIUS * Math.sin(a));
            nodes.add(Map.of("x", x, "y", y, "ty", fmt(cy + RADIUS * Math.sin(a) + 22), "label", Segments.shorten(n.label(), 24),
                    "title", n.label(), "href", n.href()));
            edges.add(Map.of("x1", fmt(cx), "y1", fmt(cy), "x2", x, "y2", y, "title", n.edgeTitle()));
        }
        Map<String, Object> picture = new LinkedHashMap<>(Map.of("width", fmt(WIDTH), "height", fmt(HEIGHT), "cx", fmt(cx),
                "cy", fmt(cy), "cty", fmt(cy + 26), "label", Segments.shorten(selfLabel, 28), "nodes", nodes, "edges", edges));
        if (neighbours.size() > shown.size())
            picture.put("more", neighbours.size() - shown.size());
        return picture;
    }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}
