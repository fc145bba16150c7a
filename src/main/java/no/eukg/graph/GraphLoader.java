package no.eukg.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Reads RDF files into one in-memory dataset, resolving relative IRIs against the server's base
 * so that the IRIs in the graph belong to the server that publishes it.
 *
 * <p>Parsing is strict: the first error stops the load with a {@link GraphSourceException}
 * naming the file, line and column. Nothing half-parsed escapes: callers receive a dataset only
 * when every file parsed.
 */
public final class GraphLoader {
    private final String base;

    public GraphLoader(String base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    public String base() { return base; }

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
            RDFParser.source(file)
                    .base(base)
                    .lang(ProjectFiles.langOf(file))
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
