package no.eukg.export.graph;

/**
 * Colours and shapes for classes: ten colours (Tableau 10, told apart by most colour-blind
 * readers) crossed with seven shapes, so the first seventy classes all look different.
 */
final class Palette {
    static final String NO_CLASS_COLOR = "#bdbdbd";
    static final String NO_CLASS_SHAPE = "ellipse";
    private static final String[] COLORS = {
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
        "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#6b6ecf"};
    private static final String[] SHAPES = {
        "ellipse", "round-rectangle", "diamond", "hexagon", "triangle", "octagon", "pentagon"};

    private Palette() { }

    static String color(int index) { return COLORS[index % COLORS.length]; }

    static String shape(int index) { return SHAPES[index % SHAPES.length]; }
}
