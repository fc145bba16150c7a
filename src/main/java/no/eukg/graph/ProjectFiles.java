package no.eukg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * Where a project keeps its content: {@code ontology/} (OWL and SHACL), {@code data/} (facts,
 * entities and the source text under {@code data/source/}) and {@code queries/}.
 */
public record ProjectFiles(Path root) {

    public ProjectFiles {
        Objects.requireNonNull(root, "root");
    }

    public Path ontologyDir() { return root.resolve("ontology"); }
    public Path dataDir() { return root.resolve("data"); }
    public Path sourceDir() { return dataDir().resolve("source"); }
    public Path queriesDir() { return root.resolve("queries"); }

    /** The graph's canonical namespace, declared in {@value Namespace#FILE}. */
    public Namespace namespace() { return Namespace.of(this); }

    /** True when the project declares its namespace (a folder of dumps need not). */
    public boolean declaresNamespace() { return Files.isRegularFile(root.resolve(Namespace.FILE)); }

    /** The SHACL shapes file; it is part of the published graph like any other ontology file. */
    public Path shapesFile() { return ontologyDir().resolve("shapes.ttl"); }

    /** Every RDF file under {@code ontology/} and {@code data/}, in a stable order. */
    public List<Path> rdfFiles() {
        return Stream.of(ontologyDir(), dataDir())
                .flatMap(ProjectFiles::walk)
                .filter(p -> RDFLanguages.filenameToLang(p.toString()) != null)
                .toList();
    }

    /** The source texts ({@code data/source/*.txt}) the facts cite. */
    public List<Path> sourceTexts() {
        return walk(sourceDir()).filter(p -> p.toString().endsWith(".txt")).toList();
    }

    /** The canned queries ({@code queries/*.rq}). */
    public List<Path> queryFiles() {
        return walk(queriesDir()).filter(p -> p.toString().endsWith(".rq")).toList();
    }

    /** The RDF syntax of a file, by its extension. */
    public static Lang langOf(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null)
            throw new GraphSourceException(file, -1, -1, "not an RDF file extension");
        return lang;
    }

    private static Stream<Path> walk(Path dir) {
        if (!Files.isDirectory(dir))
            return Stream.empty();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
