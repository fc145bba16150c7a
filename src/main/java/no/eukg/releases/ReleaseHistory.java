package no.eukg.releases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import no.eukg.graph.GraphSourceException;
import no.eukg.graph.Namespace;

/**
 * The releases a project declares in {@code releases/releases.ttl}, oldest first: a chain by
 * {@code dcat:previousVersion}, the newest one the graph being served, every other with its
 * dataset in {@code releases/VERSION/dataset.nq.gz}. A project without the file has no history.
 */
public final class ReleaseHistory {
    /** The folder, beside {@code ontology/} and {@code data/}. */
    public static final String FOLDER = "releases";
    static final String FILE = "releases.ttl";
    /** The file an earlier release's full dataset is kept in, under its version's folder. */
    public static final String DUMP = "dataset.nq.gz";
    /** DCAT 3's terms, which Jena's DCAT vocabulary (DCAT 2) lacks. */
    public static final Node VERSION = NodeFactory.createURI(DCAT.NS + "version");
    public static final Node PREVIOUS_VERSION = NodeFactory.createURI(DCAT.NS + "previousVersion");

    private ReleaseHistory() { }

    /**
     * @throws GraphSourceException naming the file (and line, for a syntax error) when the history
     *                              is not a chain, a release lacks its version or its dump
     */
    public static List<Release> read(Path projectRoot, Namespace namespace) {
        Path dir = projectRoot.resolve(FOLDER);
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file))
            return List.of();
        Graph g;
        try {
            g = RDFParser.source(file).base(namespace.iri()).toGraph();
        } catch (RiotException e) {
            throw new GraphSourceException(file, -1, -1, e.getMessage());
        }
        Map<Node, Node> previousOf = new HashMap<>();
        List<Node> releases = g.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).mapWith(Triple::getSubject).toList();
        for (Node r : releases)
            one(g, r, ReleaseHistory.PREVIOUS_VERSION, file, false).ifPresent(p -> previousOf.put(r, p));
        List<Node> newest = releases.stream().filter(r -> !previousOf.containsValue(r)).toList();
        if (releases.isEmpty())
            return List.of();
        if (newest.size() != 1)
            throw new GraphSourceException(file, -1, -1, "the releases are not one chain by dcat:previousVersion: the newest would be " + newest);
        List<Release> chain = new ArrayList<>();
        for (Node r = newest.get(0); r != null; r = previousOf.get(r)) {
            if (chain.size() > releases.size())
                throw new GraphSourceException(file, -1, -1, "dcat:previousVersion goes round in a circle at <" + r.getURI() + ">");
            String version = one(g, r, ReleaseHistory.VERSION, file, true).orElseThrow().getLiteralLexicalForm();
            String issued = one(g, r, DCTerms.issued.asNode(), file, true).orElseThrow().getLiteralLexicalForm();
            String description = one(g, r, DCTerms.description.asNode(), file, true).orElseThrow().getLiteralLexicalForm();
            Optional<Path> dump = Optional.empty();
            if (!chain.isEmpty()) {
                Path kept = dir.resolve(version).resolve(DUMP);
                if (!Files.isRegularFile(kept))
                    throw new GraphSourceException(file, -1, -1, "release " + version + " has no " + FOLDER + "/" + version + "/" + DUMP);
                dump = Optional.of(kept);
            }
            chain.add(0, new Release(r, version, issued, description, Optional.ofNullable(previousOf.get(r)), dump));
        }
        return List.copyOf(chain);
    }

    private static Optional<Node> one(Graph g, Node s, Node p, Path file, boolean required) {
        List<Node> values = g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        if (values.size() > 1 || (required && values.isEmpty()))
            throw new GraphSourceException(file, -1, -1, "<" + s.getURI() + "> needs " + (required ? "exactly" : "at most")
                    + " one <" + p.getURI() + ">, has " + values.size());
        return values.stream().findFirst();
    }

    /** The IRI of a release of {@code version}. */
    public static Node iri(Namespace namespace, String version) {
        return NodeFactory.createURI(namespace.resources() + "release/" + version);
    }
}
