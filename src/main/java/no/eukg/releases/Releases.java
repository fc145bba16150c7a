package no.eukg.releases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.datatypes.xsd.XSDDatatype;

import no.eukg.graph.Namespace;
import no.eukg.vocab.Nif;
import no.eukg.vocab.Prov;

/**
 * The releases of one version of the served data: their history, each earlier release's dataset
 * (read from its kept dump on first use), and the changes between consecutive releases, each
 * computed once.
 */
public final class Releases {
    private final List<Release> history;
    private final Supplier<DatasetGraph> current;
    private final Namespace namespace;
    private final Map<String, DatasetGraph> datasets = new ConcurrentHashMap<>();
    private final Map<String, List<FactChange>> changes = new ConcurrentHashMap<>();

    /**
     * @param history oldest first ({@link ReleaseHistory#read})
     * @param current the dataset being served, which is the newest release's
     */
    public Releases(List<Release> history, Supplier<DatasetGraph> current, Namespace namespace) {
        this.history = List.copyOf(history);
        this.current = Objects.requireNonNull(current, "current");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /** Oldest first. */
    public List<Release> history() { return history; }

    /** The release being served, if the project declares releases. */
    public Optional<Release> current() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** The release of a version. */
    public Optional<Release> find(String version) {
        return history.stream().filter(r -> r.version().equals(version)).findFirst();
    }

    /** What {@code release} changed against the one before it; empty for the first. */
    public List<FactChange> changes(Release release) {
        Optional<Release> before = release.previous().flatMap(p -> history.stream().filter(r -> r.iri().equals(p)).findFirst());
        if (before.isEmpty())
            return List.of();
        return changes.computeIfAbsent(release.version(), v -> FactDiff.between(dataset(before.get()), dataset(release), namespace));
    }

    /** A release's full dataset: the served one for the current release, else its kept dump. */
    public DatasetGraph dataset(Release release) {
        if (release.current())
            return current.get();
        return datasets.computeIfAbsent(release.version(), v -> {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(release.dump().orElseThrow()))) {
                return RDFParser.source(in).lang(Lang.NQUADS).toDatasetGraph();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read release " + v + "'s dataset", e);
            }
        });
    }

    /**
     * The history as RDF: each release a {@code dcat:Dataset} with its version, date, predecessor
     * and download, and the facts it added, removed and changed, each with the sentences it cites.
     *
     * @param download the address of a release's full dataset, by release
     */
    public Graph graph(java.util.function.Function<Release, String> download) {
        Graph g = GraphFactory.createDefaultGraph();
        Node added = term("addedFact"), removed = term("removedFact"), changed = term("changedFact");
        for (Release r : history) {
            g.add(r.iri(), RDF.type.asNode(), DCAT.Dataset.asNode());
            g.add(r.iri(), ReleaseHistory.VERSION, NodeFactory.createLiteralString(r.version()));
            g.add(r.iri(), DCTerms.issued.asNode(), NodeFactory.createLiteralDT(r.issued(), XSDDatatype.XSDdate));
            g.add(r.iri(), DCTerms.description.asNode(), NodeFactory.createLiteralLang(r.description(), "en"));
            r.previous().ifPresent(p -> g.add(r.iri(), ReleaseHistory.PREVIOUS_VERSION, p));
            Node dist = NodeFactory.createURI(download.apply(r) + "#distribution");
            g.add(r.iri(), DCAT.distribution.asNode(), dist);
            g.add(dist, RDF.type.asNode(), DCAT.Distribution.asNode());
            g.add(dist, DCAT.downloadURL.asNode(), NodeFactory.createURI(download.apply(r)));
            g.add(dist, DCAT.mediaType.asNode(), NodeFactory.createURI("http://www.iana.org/assignments/media-types/application/n-quads"));
            g.add(dist, DCAT.compressFormat.asNode(), NodeFactory.createURI("http://www.iana.org/assignments/media-types/application/gzip"));
            for (FactChange c : changes(r)) {
                g.add(r.iri(), switch (c.kind()) { case ADDED -> added; case REMOVED -> removed; case CHANGED -> changed; }, c.fact());
                DatasetGraph where = dataset(c.kind() == FactChange.Kind.REMOVED ? before(r) : r);
                where.getDefaultGraph().find(c.fact(), Prov.WAS_DERIVED_FROM, Node.ANY).forEachRemaining(t -> {
                    g.add(t);
                    where.getDefaultGraph().find(t.getObject(), Nif.ANCHOR_OF, Node.ANY).forEachRemaining(g::add);
                });
            }
        }
        return g;
    }

    private Release before(Release r) {
        Node p = r.previous().orElseThrow();
        return history.stream().filter(x -> x.iri().equals(p)).findFirst().orElseThrow();
    }

    private Node term(String local) {
        return NodeFactory.createURI(namespace.ontologyTerms() + local);
    }
}
