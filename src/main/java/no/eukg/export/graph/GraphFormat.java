package no.eukg.export.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The graph file formats, for Gephi, Cytoscape, yEd, Graphviz and the browser. */
public enum GraphFormat {
    /** GraphML 1.0 (yEd, Gephi, Cytoscape, NetworkX, igraph). */
    GRAPHML("graphml", "application/graphml+xml", "graphml"),
    /** GEXF 1.3 (Gephi). */
    GEXF("gexf", "application/gexf+xml", "gexf"),
    /** Graphviz DOT. */
    DOT("dot", "text/vnd.graphviz", "dot"),
    /** Cytoscape.js elements JSON, as Cytoscape desktop's {@code .cyjs} files. */
    CYJS("cyjs", "application/json", "json");

    private final String id;
    private final String mediaType;
    private final String extension;

    GraphFormat(String id, String mediaType, String extension) {
        this.id = id;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The name used by {@code export --format}. */
    public String id() { return id; }

    /** The media type of responses in this format. */
    public String mediaType() { return mediaType; }

    /** The file extension ({@code /graph.<extension>}). */
    public String extension() { return extension; }

    /** The format whose {@link #id()} is {@code name} (case-insensitive). */
    public static Optional<GraphFormat> byId(String name) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(name)).findFirst();
    }

    /** The format served under {@code /graph.<extension>}. */
    public static Optional<GraphFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The format of a media type (parameters ignored). */
    public static Optional<GraphFormat> byMediaType(String type) {
        String bare = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(bare)).findFirst();
    }
}
