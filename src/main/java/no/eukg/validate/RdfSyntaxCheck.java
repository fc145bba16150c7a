package no.eukg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.ParseErrorListener;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.UnsupportedRDFormatException;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;

import no.eukg.graph.ProjectFiles;

/**
 * Parses every RDF file with Apache Jena and with RDF4J Rio, both strict, and reports every
 * problem either finds, not only the first: Jena's warnings count as errors (the loader refuses
 * them), and Rio checks datatype values, unknown datatypes, IRI syntax and language tags.
 *
 * <p>Jena's parse is kept: the graph files go into one dataset and the shapes into their own
 * graph, so that the project is parsed once however many checks follow. Rio's parse records
 * where each subject first appears, to report later problems at a line.
 */
final class RdfSyntaxCheck {
    private static final String RIO = "RDF4J Rio: ";

    /** What the parse produced: the problems, and (meaningful only without errors) the parsed triples. */
    record Parsed(List<Problem> problems, DatasetGraph dataset, Optional<Graph> shapes, FileLocations locations) {
        boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private final String base;

    RdfSyntaxCheck(String base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /**
     * @param graphFiles the files whose triples make up the graph
     * @param shapes     the SHACL shapes file, parsed into its own graph when it exists
     */
    Parsed check(List<Path> graphFiles, Path shapes) {
        List<Path> all = new ArrayList<>(graphFiles);
        boolean hasShapes = Files.isRegularFile(shapes);
        if (hasShapes)
            all.add(shapes);
        // The toolkits read the files independently: Rio on another thread, so that checking
        // with both costs little more start-up time than loading with one.
        FileLocations locations = new FileLocations();
        CompletableFuture<Map<Path, List<Problem>>> rio = Concurrently.start(() -> {
            Map<Path, List<Problem>> found = new HashMap<>();
            for (Path file : all)
                found.put(file, parseWithRio(file, file.equals(shapes) ? new FileLocations() : locations));
            return found;
        });
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Map<Path, List<Problem>> jena = new HashMap<>();
        for (Path file : graphFiles)
            jena.put(file, parseWithJena(file, StreamRDFLib.dataset(dataset)));
        Optional<Graph> shapesGraph = Optional.empty();
        if (hasShapes) {
            Graph g = GraphFactory.createDefaultGraph();
            jena.put(shapes, parseWithJena(shapes, StreamRDFLib.graph(g)));
            shapesGraph = Optional.of(g);
        }
        Map<Path, List<Problem>> rioFound = Concurrently.join(rio);
        List<Problem> problems = new ArrayList<>();
        for (Path file : all)
            problems.addAll(merge(jena.get(file), rioFound.get(file)));
        return new Parsed(problems, dataset, shapesGraph, locations);
    }

    /** One mistake is usually seen by both toolkits: Rio's word is kept where Jena had none. */
    private static List<Problem> merge(List<Problem> jena, List<Problem> rio) {
        Set<Long> jenaLines = new HashSet<>();
        jena.forEach(p -> jenaLines.add(p.line()));
        List<Problem> found = new ArrayList<>(jena);
        rio.stream().filter(p -> !jenaLines.contains(p.line()) && !(p.line() < 1 && !jena.isEmpty())).forEach(found::add);
        found.sort(Comparator.comparingLong(Problem::line).thenComparingLong(Problem::column));
        return found;
    }

    private List<Problem> parseWithJena(Path file, StreamRDF into) {
        Collector errors = new Collector(file);
        try {
            org.apache.jena.riot.RDFParser.source(file)
                    .base(base)
                    .lang(ProjectFiles.langOf(file))
                    .errorHandler(errors)
                    .parse(into);
        } catch (RiotParseException e) {
            if (!errors.sawFatal)
                errors.problems.add(Problem.error(file, e.getLine(), e.getCol(), e.getOriginalMessage()));
        } catch (RiotException e) {
            if (!errors.sawFatal)
                errors.problems.add(Problem.error(file, e.getMessage()));
        } catch (RuntimeException e) {
            // Jena expects some errors (an undefined prefix) to stop the parse, and trips over its
            // own null if the handler carries on: the error reported before is what counts.
            if (errors.problems.isEmpty())
                errors.problems.add(Problem.error(file, "Jena cannot read it: " + e));
        }
        return errors.problems;
    }

    private List<Problem> parseWithRio(Path file, FileLocations locations) {
        List<Problem> problems = new ArrayList<>();
        Optional<RDFFormat> format = Rio.getParserFormatForFileName(file.toString());
        RDFParser parser;
        try {
            parser = Rio.createParser(format.orElseThrow(() -> new UnsupportedRDFormatException(file.toString())));
        } catch (UnsupportedRDFormatException e) {
            problems.add(Problem.warning(file, "RDF4J Rio cannot read this format: the file was checked with Jena only"));
            return problems;
        }
        strict(parser.getParserConfig());
        long[] line = {-1};
        boolean[] sawFatal = {false};
        parser.setParseLocationListener((l, c) -> line[0] = l);
        parser.setParseErrorListener(new ParseErrorListener() {
            @Override public void warning(String msg, long l, long c) { problems.add(Problem.error(file, l, c, RIO + msg)); }
            @Override public void error(String msg, long l, long c) { problems.add(Problem.error(file, l, c, RIO + msg)); }
            @Override public void fatalError(String msg, long l, long c) {
                sawFatal[0] = true;
                problems.add(Problem.error(file, l, c, RIO + msg));
            }
        });
        parser.setRDFHandler(new AbstractRDFHandler() {
            @Override
            public void handleStatement(Statement st) throws RDFHandlerException {
                record(st.getSubject());
                record(st.getContext());
            }

            private void record(Resource r) {
                if (r != null && r.isIRI())
                    locations.record(file, line[0], r.stringValue());
            }
        });
        try (InputStream in = Files.newInputStream(file)) {
            locations.addFile(file, Files.readAllLines(file, StandardCharsets.UTF_8));
            parser.parse(in, base);
        } catch (RDFParseException e) {
            if (!sawFatal[0])
                problems.add(Problem.error(file, e.getLineNumber(), e.getColumnNumber(), RIO + e.getMessage()));
        } catch (IOException e) {
            problems.add(Problem.error(file, "cannot be read: " + e.getMessage()));
        } catch (RuntimeException e) {
            if (!sawFatal[0])
                problems.add(Problem.error(file, line[0], -1, RIO + "cannot read it: " + e));
        }
        return problems;
    }

    /** Every check on, and each reported rather than stopping the parse, so all are seen. */
    private static void strict(ParserConfig config) {
        var checks = List.of(BasicParserSettings.VERIFY_DATATYPE_VALUES, BasicParserSettings.FAIL_ON_UNKNOWN_DATATYPES,
                BasicParserSettings.VERIFY_URI_SYNTAX, BasicParserSettings.VERIFY_LANGUAGE_TAGS);
        for (var check : checks) {
            config.set(check, true);
            config.addNonFatalError(check);
        }
    }

    /** Jena's callbacks, every one kept as an error: the loader fails on warnings too. */
    private static final class Collector implements ErrorHandler {
        private final Path file;
        private final List<Problem> problems = new ArrayList<>();
        private boolean sawFatal;

        Collector(Path file) { this.file = file; }

        @Override public void warning(String message, long line, long col) { problems.add(Problem.error(file, line, col, message)); }
        @Override public void error(String message, long line, long col) { problems.add(Problem.error(file, line, col, message)); }

        @Override
        public void fatal(String message, long line, long col) {
            sawFatal = true;
            problems.add(Problem.error(file, line, col, message));
        }
    }
}
