package no.eukg.validate;

import java.util.Objects;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The outcome of validating a project: the report, and the graph that was checked when the files
 * parsed well enough to build it (so that whoever validates before serving does not load twice).
 */
public record Validation(ValidationReport report, Optional<DatasetGraph> graph) {
    public Validation {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(graph, "graph");
    }
}
