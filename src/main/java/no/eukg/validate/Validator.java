package no.eukg.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import no.eukg.graph.GraphLoader;
import no.eukg.graph.GraphSourceException;
import no.eukg.graph.Namespace;
import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;
import no.eukg.text.Ambiguity;

/**
 * Validates a project: every RDF file parsed strictly with Jena and RDF4J Rio, the SHACL shapes of
 * {@code ontology/shapes.ttl} run over every statement (asserted or not), the facts checked against
 * the source text, and every query in {@code queries/} parsed. One report holds all of it; the files are parsed once,
 * and the graph that was checked is handed back for whoever serves it.
 *
 * <p>The graph checks need a graph: when a file does not parse they are skipped (and the report
 * says so), but the other files and the queries are still checked.
 */
public final class Validator {
    private final ProjectFiles files;

    /** @param files the project; its relative IRIs resolve against its {@link Namespace} */
    public Validator(ProjectFiles files) {
        this.files = Objects.requireNonNull(files, "files");
    }

    public Validation validate() {
        Namespace ns;
        try {
            ProjectGraph.requireFolders(files);
            ns = files.namespace();
        } catch (GraphSourceException e) {
            // Nothing can be resolved without it: the one problem is the one to fix first.
            return new Validation(new ValidationReport(List.of(Problem.error(e.file(), e.line(), e.column(), e.getMessage())), 0, 0), Optional.empty());
        }
        String base = ns.iri();
        List<Path> queries = files.queryFiles();
        // Queries do not depend on the graph: they are parsed meanwhile.
        CompletableFuture<List<Problem>> queryProblems = Concurrently.start(() -> new QuerySyntaxCheck(base).check(queries));
        List<Problem> problems = new ArrayList<>();
        List<Path> rdf = List.of();
        Optional<DatasetGraph> graph = Optional.empty();
        try {
            ProjectGraph.requireFolders(files);
            rdf = ProjectGraph.graphFiles(files);
            graph = checkGraph(ns, rdf, problems);
        } catch (GraphSourceException e) {
            problems.add(Problem.error(e.file(), e.line(), e.column(), e.getMessage()));
        }
        problems.addAll(Concurrently.join(queryProblems));
        int rdfCount = rdf.size() + (Files.isRegularFile(files.shapesFile()) ? 1 : 0);
        return new Validation(new ValidationReport(problems, rdfCount, queries.size()), graph);
    }

    private Optional<DatasetGraph> checkGraph(Namespace ns, List<Path> rdf, List<Problem> problems) {
        String base = ns.iri();
        RdfSyntaxCheck.Parsed parsed = new RdfSyntaxCheck(base).check(rdf, files.shapesFile());
        problems.addAll(parsed.problems());
        if (parsed.hasErrors()) {
            problems.add(Problem.warning(files.root(), "the shapes and the text coverage were not checked, as not every file parses"));
            return Optional.empty();
        }
        DatasetGraph dsg = parsed.dataset();
        new GraphLoader(ns).materialiseDefaultGraph(dsg);
        List<Problem> ambiguities = new ArrayList<>();
        Optional<TextPositions> text = sourceText();
        ProjectGraph.addSourceText(files, ns, dsg, (file, a) -> ambiguities.add(ambiguity(file, a, text)));

        Locator locator = new Locator(files.root(), ns.source(), parsed.locations(), text, dsg.getDefaultGraph());
        // The shapes check what the project states, asserted or not: a planned contribution still
        // needs its contributor. So they run over the default graph together with every fact's
        // named graph, not over the truthful default graph alone.
        Graph statements = new Union(dsg.getDefaultGraph(), dsg.getUnionGraph());
        // Shapes and coverage only read the graph: each runs in its own read transaction, side by side.
        CompletableFuture<List<Problem>> shapes = Concurrently.start(() -> Txn.calculateRead(dsg, () -> parsed.shapes()
                .map(g -> new ShapesCheck(files.shapesFile(), new Terms(base), locator).check(g, statements))
                .orElse(List.of(Problem.warning(files.shapesFile(), "there are no SHACL shapes, so none were checked")))));
        List<Problem> coverage = Txn.calculateRead(dsg, () -> new CoverageCheck(ns, locator).check(dsg));
        problems.addAll(Concurrently.join(shapes));
        problems.addAll(coverage);
        problems.addAll(ambiguities);
        return Optional.of(dsg);
    }

    private static Problem ambiguity(Path file, Ambiguity a, Optional<TextPositions> text) {
        Location at = text.map(t -> t.at(a.begin())).orElse(Location.of(file));
        return at.warning("ambiguous mention: " + a.message());
    }

    private Optional<TextPositions> sourceText() {
        List<Path> texts = files.sourceTexts();
        if (texts.size() != 1)
            return Optional.empty();
        try {
            return Optional.of(new TextPositions(texts.get(0), Files.readString(texts.get(0), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new GraphSourceException(texts.get(0), -1, -1, "cannot be read: " + e.getMessage());
        }
    }
}
