package no.eukg.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/**
 * Runs the project's SHACL shapes over the graph and reports each result in plain words: the
 * focus node, the path, the shape's message (and the offending value), at the line where the focus
 * node first appears. A violation is an error; a shape's warning or info is a warning.
 */
final class ShapesCheck {
    private final Path shapesFile;
    private final Terms terms;
    private final Locator locator;

    ShapesCheck(Path shapesFile, Terms terms, Locator locator) {
        this.shapesFile = Objects.requireNonNull(shapesFile, "shapesFile");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    List<Problem> check(Graph shapesGraph, Graph data) {
        Shapes shapes;
        try {
            shapes = Shapes.parse(shapesGraph);
        } catch (RuntimeException e) {
            // ShaclParseException and friends: the shapes themselves are wrong.
            return List.of(Problem.error(shapesFile, "the SHACL shapes cannot be used: " + e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        for (ReportEntry entry : ShaclValidator.get().validate(shapes, data).getEntries()) {
            Location where = locator.locate(entry.focusNode());
            String message = describe(entry);
            problems.add(entry.severity() == Severity.Violation ? where.error(message) : where.warning(message));
        }
        problems.sort(Comparator.comparing(Problem::fileName).thenComparingLong(Problem::line)
                .thenComparingLong(Problem::column).thenComparing(Problem::message));
        return problems;
    }

    private String describe(ReportEntry entry) {
        StringBuilder sb = new StringBuilder(terms.node(entry.focusNode()));
        if (entry.resultPath() != null)
            sb.append(", path ").append(terms.path(entry.resultPath()));
        sb.append(": ").append(entry.message());
        if (entry.value() != null && !entry.value().equals(entry.focusNode()))
            sb.append(" (value ").append(terms.node(entry.value())).append(')');
        if (entry.source() != null && entry.source().isURI())
            sb.append(" [shape ").append(terms.node(entry.source())).append(']');
        return sb.toString();
    }
}
