package no.eukg.graph;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The project's published graph: the ontology and data files, plus the source text as NIF,
 * with every fact's named graph also in the default graph.
 */
public final class ProjectGraph {
    private ProjectGraph() { }

    /** Loads the project with IRIs resolved against {@code base}; fails on the first broken file. */
    public static DatasetGraph load(ProjectFiles files, String base) {
        List<Path> rdf = files.rdfFiles().stream().filter(p -> !p.equals(files.shapesFile())).toList();
        return new GraphLoader(base).load(rdf);
    }
}
