package no.eukg.export.graph;

import java.util.Arrays;
import java.util.Optional;

/**
 * The GEXF versions a graph is written in: 1.3 (Gephi 0.9 and later) by default, and 1.2draft
 * for readers that know only that one (networkx's {@code read_gexf} up to 2.8, older Gephi).
 * What is written is the same graph in both; only the namespaces and version differ.
 */
public enum GexfVersion {
    V1_3("1.3", "http://gexf.net/1.3", "http://gexf.net/1.3/viz", "http://gexf.net/1.3/gexf.xsd"),
    V1_2DRAFT("1.2draft", "http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz",
            "http://www.gexf.net/1.2draft/gexf.xsd");

    private final String name;
    private final String namespace;
    private final String vizNamespace;
    private final String schema;

    GexfVersion(String name, String namespace, String vizNamespace, String schema) {
        this.name = name;
        this.namespace = namespace;
        this.vizNamespace = vizNamespace;
        this.schema = schema;
    }

    /** As the {@code version} parameter names it: {@code 1.3}, {@code 1.2draft}. */
    public String id() { return name; }

    /** The value of the root's {@code version} attribute: {@code 1.3}, {@code 1.2}. */
    String versionAttribute() { return this == V1_2DRAFT ? "1.2" : name; }

    String namespace() { return namespace; }

    String vizNamespace() { return vizNamespace; }

    String schema() { return schema; }

    /** The version named {@code id} ({@code 1.2} stands for 1.2draft, the only 1.2 there is). */
    public static Optional<GexfVersion> byId(String id) {
        if ("1.2".equals(id))
            return Optional.of(V1_2DRAFT);
        return Arrays.stream(values()).filter(v -> v.name.equals(id)).findFirst();
    }
}
