package no.eukg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Option;

import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;
import no.eukg.validate.InvalidProjectException;
import no.eukg.validate.Validation;
import no.eukg.validate.ValidationStamps;
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
     * warnings are logged, and any error stops here with every problem listed. Files this program
     * has validated before without errors ({@link ValidationStamps}) are only parsed, and the
     * warnings of that validation logged again; the graph they built then is read back
     * rather than built again, where it was kept.
     *
     * @throws InvalidProjectException when the project has errors
     */
    DatasetGraph validatedGraph() {
        Logger log = LoggerFactory.getLogger("no.eukg.serve");
        // Named once: the name is a hash of every project file.
        Optional<ValidationStamps.Stamp> stamp = ValidationStamps.ofThisProgram().flatMap(s -> s.of(files()));
        Optional<List<String>> validated = stamp.flatMap(ValidationStamps.Stamp::warnings);
        if (validated.isPresent()) {
            validated.get().forEach(w -> log.warn("{}", w));
            Optional<DatasetGraph> kept = stamp.get().graph();
            if (kept.isPresent()) {
                log.info("the project's files were validated before by this build; reading the graph they built");
                return kept.get();
            }
            log.info("the project's files were validated before by this build; parsing them once");
            DatasetGraph graph = graph();
            stamp.get().keep(graph);
            return graph;
        }
        Validation validation = new Validator(files()).validate();
        validation.report().warnings().forEach(p -> log.warn("{}", p.located()));
        if (validation.report().hasErrors())
            throw new InvalidProjectException(validation.report());
        DatasetGraph graph = validation.graph().orElseThrow();
        stamp.ifPresent(s -> {
            s.keep(graph);
            s.record(validation.report().warnings());
        });
        return graph;
    }
}
