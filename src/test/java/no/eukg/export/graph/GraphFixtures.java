package no.eukg.export.graph;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.apache.jena.query.QueryFactory;
import org.w3c.dom.Document;
import org.xml.sax.SAXParseException;

import no.eukg.graph.LocalStore;
import no.eukg.graph.Namespace;
import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;
import no.eukg.graph.Store;

/** The graph-export fixture project, the schemas and the checks the export tests share. */
public final class GraphFixtures {
    /** The fixture's canonical namespace (its data/namespace.properties). */
    public static final Namespace NAMESPACE = new ProjectFiles(project()).namespace();
    public static final String BASE = NAMESPACE.iri();
    public static final String GRAPHML_XSD = "/graph-export/xsd/graphml/graphml.xsd";
    public static final String GEXF_XSD = "/graph-export/xsd/gexf-1.3/gexf.xsd";

    /** An entity IRI in the facts view, as SPARQL: the rule of {@link GraphTerms} and {@link GraphView#FACTS}, written again. */
    private static final String IRI_ENTITY = """
            (isIRI(?%1$s) && STRSTARTS(STR(?%1$s), "%2$sid/") && !STRSTARTS(STR(?%1$s), "%2$sid/source")
              && !STRSTARTS(STR(?%1$s), "%2$sid/fact/") && NOT EXISTS { ?%1$s a <%2$sontology#Fact> }
              && NOT EXISTS { ?%1$s a <http://www.w3.org/2004/02/skos/core#ConceptScheme> }
              && NOT EXISTS { ?%1$s a ?%1$s_c FILTER(STRSTARTS(STR(?%1$s_c), "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")) })""";
    /** An entity, or a blank node tied to one by a relation other than rdf:type. */
    private static final String ENTITY = "(" + IRI_ENTITY + " || (isBlank(?%1$s) && EXISTS { { ?%1$s ?%1$s_q ?%1$s_e } UNION { ?%1$s_e ?%1$s_q ?%1$s }"
            + " FILTER(?%1$s_q != <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>) FILTER" + IRI_ENTITY.replace("%1$s", "%1$s_e") + " }))";
    private static final String TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

    private GraphFixtures() { }

    /**
     * The statements an export draws, as SPARQL: the default graph and every named graph (a fact
     * of intent is only in its named graph and is drawn with its modality).
     */
    private static String statement(String s, String p, String o) {
        return "{ { ?%1$s ?%2$s ?%3$s } UNION { GRAPH ?g_ { ?%1$s ?%2$s ?%3$s } } }".formatted(s, p, o);
    }

    /** How many nodes a view of the store's graph has, counted by SPARQL. */
    public static long expectedNodes(Store store, String base, GraphView view) {
        return view == GraphView.ALL
                ? count(store, "SELECT (COUNT(DISTINCT ?n) AS ?count) { { " + statement("n", "p", "o") + " FILTER(!isLiteral(?o)) } UNION { "
                        + statement("s", "p", "n") + " FILTER(!isLiteral(?n)) } }")
                : count(store, "SELECT (COUNT(DISTINCT ?n) AS ?count) { { " + statement("n", "p", "o") + " FILTER(!isLiteral(?o)) } UNION { "
                        + statement("s", "p", "n") + " FILTER(!isLiteral(?n) && ?p != " + TYPE + ") } FILTER" + ENTITY.formatted("n", base) + " }");
    }

    /** How many edges a view of the store's graph has, counted by SPARQL. */
    public static long expectedEdges(Store store, String base, GraphView view) {
        return view == GraphView.ALL
                ? count(store, "SELECT (COUNT(*) AS ?count) { SELECT DISTINCT ?s ?p ?o { " + statement("s", "p", "o") + " FILTER(!isLiteral(?o)) } }")
                : count(store, "SELECT (COUNT(*) AS ?count) { SELECT DISTINCT ?s ?p ?o { " + statement("s", "p", "o")
                        + " FILTER(!isLiteral(?o) && ?p != " + TYPE + ") FILTER"
                        + ENTITY.formatted("s", base) + " FILTER" + ENTITY.formatted("o", base) + " } }");
    }

    /** The fixture: classes with a subclass, facts with modality, year and sentences, SKOS areas, a blank node, a source text. */
    public static Path project() {
        return Path.of("src/test/resources/graph-export/project");
    }

    public static Store store() {
        return store(project());
    }

    public static Store store(Path project) {
        return new LocalStore(ProjectGraph.load(new ProjectFiles(project)), "mem", () -> { });
    }

    /** One number a COUNT query returns. */
    public static long count(Store store, String query) {
        try (var exec = store.query(QueryFactory.create(query)).build()) {
            return Long.parseLong(exec.select().next().get("count").getLiteralLexicalForm());
        }
    }

    /** The schema errors of a document (empty when it is valid); the schema never reaches the network. */
    public static List<String> schemaErrors(String schemaResource, byte[] document) throws Exception {
        URL url = GraphFixtures.class.getResource(schemaResource);
        if (url == null)
            throw new IllegalStateException("missing " + schemaResource);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Schema schema = factory.newSchema(url);
        Validator validator = schema.newValidator();
        // The documents name their schemas' web addresses; those hints must not be followed.
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override public void error(SAXParseException e) { errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage()); }
            @Override public void fatalError(SAXParseException e) { errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage()); }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        return errors;
    }

    public static Document parseXml(byte[] document) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(document));
    }

    /** Runs Graphviz's {@code dot} on a DOT file, laying it out and writing {@code format}. */
    public static Rendered renderDot(byte[] dot, String format) throws IOException, InterruptedException {
        return graphviz(dot, "/usr/bin/dot", "-T" + format);
    }

    /** Nodes and edges of a DOT file as Graphviz reads it (with gvpr: no layout, so fast on big graphs). */
    public static long[] dotCounts(byte[] dot) throws IOException, InterruptedException {
        Rendered r = graphviz(dot, "/usr/bin/gvpr", "BEG_G { printf(\"%d %d\\n\", nNodes($G), nEdges($G)) }");
        if (r.exit() != 0)
            throw new AssertionError("gvpr could not read the DOT: " + r.err());
        String[] counts = r.out().trim().split(" ");
        return new long[] {Long.parseLong(counts[0]), Long.parseLong(counts[1])};
    }

    /**
     * Nodes and edges of a GEXF file as networkx (Debian's python3-networkx, 2.8) reads it: the
     * reader a Python user of the graph has.
     */
    public static long[] networkxCounts(byte[] gexf) throws IOException, InterruptedException {
        Rendered r = external(gexf, "apt-get install python3-networkx", "/usr/bin/python3", "-c",
                "import sys\ntry:\n    import networkx as nx\nexcept ImportError:\n    sys.exit(3)\n"
                        + "g = nx.read_gexf(sys.stdin.buffer)\nprint(g.number_of_nodes(), g.number_of_edges())");
        if (r.exit() == 3)
            throw new IllegalStateException("networkx is not installed for /usr/bin/python3 (apt-get install python3-networkx)");
        if (r.exit() != 0)
            throw new AssertionError("networkx could not read the GEXF: " + r.err());
        String[] counts = r.out().trim().split(" ");
        return new long[] {Long.parseLong(counts[0]), Long.parseLong(counts[1])};
    }

    private static Rendered graphviz(byte[] dot, String... command) throws IOException, InterruptedException {
        return external(dot, "apt-get install graphviz", command);
    }

    /** Runs a program installed from Debian on {@code input}; says what to install when it is missing. */
    private static Rendered external(byte[] input, String install, String... command) throws IOException, InterruptedException {
        Path exe = Path.of(command[0]);
        if (!exe.toFile().canExecute())
            throw new IllegalStateException(exe + " is missing (" + install + ")");
        Process p = new ProcessBuilder(command).start();
        try (var in = p.getOutputStream()) {
            in.write(input);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = new Thread(() -> copy(p.getErrorStream(), err));
        errReader.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(exe + " did not finish in 60 s");
        }
        errReader.join();
        return new Rendered(p.exitValue(), new String(out, StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public record Rendered(int exit, String out, String err) { }
}
