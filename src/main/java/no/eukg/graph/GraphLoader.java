package no.eukg.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

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

    /** Parses the files into a new dataset; the facts' named graphs are copied into the default graph. */
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
     * Adds every named graph's triples to the default graph, so that a plain SPARQL query sees all
     * facts while {@code GRAPH ?fact { ... }} still finds where each came from. Named graphs stay
     * the provenance records; the default graph is their union plus the descriptions.
     */
    public static void materialiseDefaultGraph(DatasetGraph dsg) {
        List<Quad> named = new ArrayList<>();
        dsg.find().forEachRemaining(q -> { if (!q.isDefaultGraph()) named.add(q); });
        Node dft = Quad.defaultGraphIRI;
        for (Quad q : named)
            dsg.add(dft, q.getSubject(), q.getPredicate(), q.getObject());
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
