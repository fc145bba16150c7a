package no.eukg.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads RDF files into one in-memory dataset, resolving relative IRIs against the graph's
 * canonical {@link Namespace}, so that the graph names the same things wherever it is served.
 *
 * <p>Parsing is strict: the first error stops the load with a {@link GraphSourceException}
 * naming the file, line and column. Nothing half-parsed escapes: callers receive a dataset only
 * when every file parsed.
 */
public final class GraphLoader {
    /** Null for a loader of files that name everything absolutely. */
    private final Namespace namespace;

    public GraphLoader(Namespace namespace) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    private GraphLoader() {
        this.namespace = null;
    }

    /**
     * A loader for files that name everything with absolute IRIs, such as a dump from another
     * deployment: a relative IRI there has nothing to resolve against and is an error at its line.
     */
    public static GraphLoader absolute() { return new GraphLoader(); }

    /**
     * Parses the files into a new dataset; the named graphs of asserted facts are copied into the
     * default graph (see {@link #materialiseDefaultGraph}).
     */
    public DatasetGraph load(List<Path> files) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (Path file : files)
            parseInto(file, dsg);
        materialiseDefaultGraph(dsg);
        return dsg;
    }

    /** Parses one file into {@code dsg}, throwing a located exception on the first error. */
    public void parseInto(Path file, DatasetGraph dsg) {
        try {
            RDFParserBuilder parser = RDFParser.source(file).lang(ProjectFiles.langOf(file));
            // Without a namespace Jena would resolve against the file's own path: keep relative IRIs as the errors they are.
            (namespace == null ? parser.resolveURIs(false) : parser.base(namespace.iri()))
                    .errorHandler(new FailFast(file))
                    .parse(StreamRDFLib.dataset(dsg));
        } catch (GraphSourceException e) {
            throw e;
        } catch (RiotException e) {
            throw new GraphSourceException(file, -1, -1, e.getMessage());
        }
    }

    /**
     * Makes the default graph <em>truthful</em>: copies into it the triples of each named graph that
     * the default graph describes as an {@code nkg:Fact} whose {@code nkg:modality} is an
     * {@code nkg:AssertedModality} (what the page states as the case: done, ongoing, habitual, a
     * judgement whose predicate names it). A planned, sought, hypothetical or possible fact, a goal
     * or a policy still being developed is left in its named graph only, where its modality
     * qualifies it: copied, {@code :norway :strengthens :x} would read as done. Which modalities
     * are asserted is data (the ontology says it), so the rule needs no change when one is added.
     *
     * <p>A fact with no modality, or with any modality that is not asserted, is not copied; the
     * ontology's terms are looked for under this loader's {@link Namespace#ontologyTerms}, where
     * the loader resolved them. Named graphs that are not facts are left where they are.
     *
     * @throws IllegalStateException for a loader of {@link #absolute} files, which has no ontology to ask
     */
    public void materialiseDefaultGraph(DatasetGraph dsg) {
        if (namespace == null)
            throw new IllegalStateException("a loader without a namespace knows no nkg:Fact to copy");
        String ns = namespace.ontologyTerms();
        Node factClass = NodeFactory.createURI(ns + "Fact");
        Node modality = NodeFactory.createURI(ns + "modality");
        Node asserted = NodeFactory.createURI(ns + "AssertedModality");
        Graph dft = dsg.getDefaultGraph();
        List<Node> facts = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (dft.contains(g, RDF.type.asNode(), factClass) && isAsserted(dft, g, modality, asserted))
                facts.add(g);
        });
        // Collected first: adding to the default graph while iterating the dataset is not allowed.
        List<Quad> copies = new ArrayList<>();
        for (Node g : facts)
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copies::add);
        for (Quad q : copies)
            dsg.add(Quad.defaultGraphIRI, q.getSubject(), q.getPredicate(), q.getObject());
    }

    /** True when the fact has a modality and every modality it has is typed as asserted. */
    private static boolean isAsserted(Graph dft, Node fact, Node modality, Node asserted) {
        List<Node> modalities = dft.find(fact, modality, Node.ANY).mapWith(t -> t.getObject()).toList();
        return !modalities.isEmpty() && modalities.stream().allMatch(m -> dft.contains(m, RDF.type.asNode(), asserted));
    }

    /** Jena's error callbacks, turned into located exceptions; warnings are errors too. */
    private record FailFast(Path file) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) { fail(message, line, col); }
        @Override public void error(String message, long line, long col) { fail(message, line, col); }
        @Override public void fatal(String message, long line, long col) { fail(message, line, col); }

        private void fail(String message, long line, long col) {
            throw new GraphSourceException(file, line, col, message);
        }
    }
}
