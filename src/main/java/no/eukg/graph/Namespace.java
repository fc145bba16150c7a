package no.eukg.graph;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The graph's canonical namespace: the one place its IRIs are rooted, whatever address a server
 * publishing it is reached at. Relative IRIs in {@code ontology/}, {@code data/} and
 * {@code queries/} resolve against it, so {@code <id/norway>} is the same IRI on every machine
 * (Cool URIs don't change; Pubby's {@code conf:datasetBase} as opposed to its {@code webBase}).
 *
 * <p>Under it: resources at {@code id/} (the source text at {@code id/source}, facts at
 * {@code id/fact/}) and the ontology at {@code ontology}, whose terms are {@code ontology#Term}.
 * A server maps the path of a canonical IRI to itself: a request for {@code /id/norway}, on any
 * host, is about {@code <namespace>id/norway}.
 *
 * @param iri an absolute {@code http(s)} IRI ending in {@code /}
 */
public record Namespace(String iri) {
    /** The file a project declares its namespace in, relative to the project's root. */
    public static final String FILE = "data/namespace.properties";

    private static final String KEY = "namespace";

    public Namespace {
        Objects.requireNonNull(iri, "iri");
        String problem = problem(iri);
        if (problem != null)
            throw new IllegalArgumentException(problem);
    }

    /** Reads the namespace a project declares in {@value #FILE}, failing with the file's name. */
    public static Namespace of(ProjectFiles files) {
        Path file = files.root().resolve(FILE);
        if (!Files.isRegularFile(file))
            throw new GraphSourceException(file, -1, -1,
                    "missing: declare the graph's canonical namespace as `" + KEY + "=https://w3id.org/your-graph/`");
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new GraphSourceException(file, -1, -1, "cannot be read: " + e.getMessage());
        }
        String value = p.getProperty(KEY);
        if (value == null || value.isBlank())
            throw new GraphSourceException(file, -1, -1, "has no `" + KEY + "=` line");
        String problem = problem(value.strip());
        if (problem != null)
            throw new GraphSourceException(file, lineOf(file), 1, problem);
        return new Namespace(value.strip());
    }

    /** Where the graph's resources are: {@code <namespace>id/}. */
    public String resources() { return iri + "id/"; }

    /** The ontology's IRI, {@code <namespace>ontology}. */
    public String ontology() { return iri + "ontology"; }

    /** The ontology's terms: {@code <namespace>ontology#}. */
    public String ontologyTerms() { return ontology() + "#"; }

    /** The IRI of the source text's {@code nif:Context}; its sentences are {@code <source>/sN}. */
    public String source() { return resources() + "source"; }

    /** Where facts' named graphs are: {@code <namespace>id/fact/}. */
    public String facts() { return resources() + "fact/"; }

    /**
     * The name of the truthful default graph where a store cannot hold it as its default: a store
     * whose default graph is the union of all its graphs (Virtuoso, GraphDB, Neptune) is loaded
     * with the default graph's triples in this named graph ({@link StoreLayout}).
     */
    public String defaultGraph() { return resources() + "graph/default"; }

    /** True for an IRI minted in this namespace. */
    public boolean contains(String other) { return other.startsWith(iri); }

    /** The path of a canonical IRI, without the leading slash ({@code id/norway}), if it is one. */
    public Optional<String> pathOf(String other) {
        return contains(other) ? Optional.of(other.substring(iri.length())) : Optional.empty();
    }

    /**
     * A server's copy of an IRI: the same path on {@code base} ({@code <namespace>id/norway} is
     * {@code <base>id/norway}) for an IRI of this namespace, the IRI itself for any other.
     */
    public String copyOn(String base, String other) {
        return pathOf(other).map(path -> base + path).orElse(other);
    }

    @Override
    public String toString() { return iri; }

    private static String problem(String iri) {
        if (!iri.endsWith("/"))
            return "the namespace must end with '/': " + iri;
        try {
            URI u = new URI(iri);
            if (!u.isAbsolute() || !("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null)
                return "the namespace must be an absolute http(s) IRI: " + iri;
            if (u.getQuery() != null || u.getFragment() != null)
                return "the namespace must have no query or fragment: " + iri;
        } catch (URISyntaxException e) {
            return "the namespace is not an IRI: " + e.getMessage();
        }
        return null;
    }

    private static long lineOf(Path file) {
        try {
            var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++)
                if (lines.get(i).strip().startsWith(KEY))
                    return i + 1;
        } catch (IOException e) {
            // The message names the file anyway.
        }
        return -1;
    }
}
