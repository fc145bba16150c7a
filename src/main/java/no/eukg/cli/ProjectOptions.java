package no.eukg.cli;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Option;

import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;
import no.eukg.validate.InvalidProjectException;
import no.eukg.validate.Validation;
import no.eukg.validate.Validator;

/** {@code --project DIR}: where {@code ontology/}, {@code data/} and {@code queries/} are. */
final class ProjectOptions {
    @Option(names = "--project", defaultValue = ".", paramLabel = "DIR",
            description = "Folder holding ontology/, data/ and queries/ (default: the current folder).")
    Path root;

    ProjectFiles files() { return new ProjectFiles(root); }

    /** The project's graph, its IRIs resolved against the project's canonical namespace. */
    DatasetGraph graph() { return ProjectGraph.load(files()); }

    /**
     * The project's graph, validated as {@code validate} does (from the same single parse):
     * warnings are logged, and any error stops here with every problem listed.
     *
     * @throws InvalidProjectException when the project has errors
     */
    DatasetGraph validatedGraph() {
        Validation validation = new Validator(files()).validate();
        Logger log = LoggerFactory.getLogger("no.eukg.serve");
        validation.report().warnings().forEach(p -> log.warn("{}", p.located()));
        if (validation.report().hasErrors())
            throw new InvalidProjectException(validation.report());
        return validation.graph().orElseThrow();
    }
}
