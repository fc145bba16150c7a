package no.eukg.cli;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;

import picocli.CommandLine.Option;

import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;

/** {@code --project DIR}: where {@code ontology/}, {@code data/} and {@code queries/} are. */
final class ProjectOptions {
    @Option(names = "--project", defaultValue = ".", paramLabel = "DIR",
            description = "Folder holding ontology/, data/ and queries/ (default: the current folder).")
    Path root;

    ProjectFiles files() { return new ProjectFiles(root); }

    /** The project's graph with its IRIs resolved against {@code base}. */
    DatasetGraph graph(String base) { return ProjectGraph.load(files(), base); }
}
