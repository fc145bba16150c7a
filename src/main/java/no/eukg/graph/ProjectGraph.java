package no.eukg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import no.eukg.text.Ambiguity;
import no.eukg.text.NifAnnotation;
import no.eukg.text.NifAnnotator;
import no.eukg.text.SourceText;

/**
 * The project's published graph: the ontology and data files, the source text as NIF with its
 * entity mentions, and the asserted facts' named graphs also in the (truthful) default graph
 * ({@link GraphLoader#materialiseDefaultGraph}).
 */
public final class ProjectGraph {
    private ProjectGraph() { }

    /** Loads the project with IRIs resolved against its {@link Namespace}; fails on the first broken file. */
    public static DatasetGraph load(ProjectFiles files) {
        return load(files, new ArrayList<>());
    }

    /**
     * As {@link #load(ProjectFiles)}, also collecting what the annotator found ambiguous
     * (one surface form naming two entities), for {@code validate} to report.
     */
    public static DatasetGraph load(ProjectFiles files, List<String> ambiguities) {
        requireFolders(files);
        Namespace ns = files.namespace();
        DatasetGraph dsg = new GraphLoader(ns).load(graphFiles(files));
        addSourceText(files, ns, dsg, (file, a) -> ambiguities.add(file + ": " + a.message()));
        return dsg;
    }

    /** Fails with a located exception when {@code ontology/} or {@code data/} is missing. */
    public static void requireFolders(ProjectFiles files) {
        for (Path dir : List.of(files.ontologyDir(), files.dataDir()))
            if (!java.nio.file.Files.isDirectory(dir))
                throw new GraphSourceException(dir, -1, -1, "the folder is missing (expected ontology/ and data/ under " + files.root() + ")");
    }

    /** The files whose triples are the graph: every RDF file under ontology/ and data/ but the SHACL shapes. */
    public static List<Path> graphFiles(ProjectFiles files) {
        return files.rdfFiles().stream().filter(p -> !p.equals(files.shapesFile())).toList();
    }

    /**
     * Adds the NIF of the project's source text (its sentences and entity mentions) to a dataset
     * that holds the parsed {@link #graphFiles} with asserted facts already in the default graph. This is
     * the second half of {@link #load}, for a caller that parses the files itself (validation
     * parses them once, collecting every problem, rather than once to check and once to load).
     *
     * @param ns          the namespace the files were parsed under (the caller has read it once)
     * @param ambiguities told of each span that named two entities, with the text file it is in
     */
    public static void addSourceText(ProjectFiles files, Namespace ns, DatasetGraph dsg, BiConsumer<Path, Ambiguity> ambiguities) {
        List<Path> texts = files.sourceTexts();
        if (texts.size() > 1)
            throw new GraphSourceException(texts.get(1), -1, -1,
                    "only one source text is supported (found " + texts.size() + " under " + files.sourceDir() + ")");
        for (Path text : texts)
            annotate(text, dsg, ns, ambiguities);
    }

    private static void annotate(Path file, DatasetGraph dsg, Namespace ns, BiConsumer<Path, Ambiguity> ambiguities) {
        Node context = NodeFactory.createURI(ns.source());
        List<Pattern> boilerplate = boilerplatePatterns(file, dsg, context, ns);
        SourceText text;
        try {
            text = SourceText.read(file, boilerplate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new GraphSourceException(file, -1, -1, e.getMessage());
        }
        NifAnnotation nif = new NifAnnotator(context.getURI()).annotate(text, surfaceForms(dsg, ns));
        nif.graph().find().forEachRemaining(t -> dsg.add(Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(), t.getObject()));
        nif.ambiguities().forEach(a -> ambiguities.accept(file, a));
    }

    /** The source's page chrome, given as regular expressions in its metadata. */
    private static List<Pattern> boilerplatePatterns(Path file, DatasetGraph dsg, Node context, Namespace ns) {
        Node property = NodeFactory.createURI(ns.ontologyTerms() + "boilerplatePattern");
        List<Pattern> patterns = new ArrayList<>();
        dsg.getDefaultGraph().find(context, property, Node.ANY).forEachRemaining(t -> {
            String regex = t.getObject().getLiteralLexicalForm();
            try {
                patterns.add(Pattern.compile(regex, Pattern.MULTILINE));
            } catch (PatternSyntaxException e) {
                throw new GraphSourceException(file, -1, -1, "bad boilerplate pattern of <" + context.getURI() + ">: " + e.getMessage());
            }
        });
        patterns.sort(java.util.Comparator.comparing(Pattern::pattern));
        return patterns;
    }

    /**
     * The English names an entity goes by in text: its labels, alternative and hidden labels.
     * Only resources minted under {@code <namespace>id/} are entities.
     */
    private static Map<String, Collection<String>> surfaceForms(DatasetGraph dsg, Namespace ns) {
        Map<String, Collection<String>> forms = new TreeMap<>();
        String entities = ns.resources();
        for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode()))
            dsg.getDefaultGraph().find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                Node s = t.getSubject();
                Node o = t.getObject();
                if (s.isURI() && s.getURI().startsWith(entities) && o.isLiteral()
                        && o.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT).startsWith("en"))
                    forms.computeIfAbsent(s.getURI(), k -> new TreeSet<>()).add(o.getLiteralLexicalForm());
            });
        return forms;
    }
}
