package no.eukg.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.eukg.graph.LocalStore;
import no.eukg.graph.Namespace;
import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;

/**
 * The ontology document is read with patterns a store answers from its indexes (declarations and
 * {@code rdfs:isDefinedBy}), so that a resource page never waits on a scan of every subject. These
 * tests hold it to what that scan gives, on the shipped ontology and the test fixture's.
 */
class OntologyDocumentTest {
    /** What the document held before: every triple whose subject is the ontology or an IRI in its namespace, with its lists. */
    private static final String SCAN = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            CONSTRUCT { ?s ?p ?o . ?cell ?cp ?co . }
            WHERE {
              ?s ?p ?o .
              FILTER(?s = ?ontology || (isIRI(?s) && STRSTARTS(STR(?s), ?ns)))
              OPTIONAL { FILTER(isBlank(?o)) ?o rdf:rest* ?cell . ?cell ?cp ?co . }
            }""";

    @ParameterizedTest
    @ValueSource(strings = {".", "src/test/resources/linked/project"})
    void the_indexed_read_finds_every_triple_a_scan_of_every_subject_finds(String project) {
        ProjectFiles files = new ProjectFiles(Path.of(project));
        Namespace ns = files.namespace();
        DatasetGraph data = ProjectGraph.load(files);
        OntologyDocument doc = OntologyDocument.read(new LocalStore(data, "mem", () -> { }), ns, Duration.ofSeconds(10));
        Graph scanned;
        try (QueryExec exec = QueryExec.dataset(data).query(SCAN)
                .substitution("ontology", NodeFactory.createURI(ns.ontology()))
                .substitution("ns", NodeFactory.createLiteralString(ns.ontologyTerms())).build()) {
            scanned = exec.construct();
        }
        assertTrue(scanned.size() > 20, "the scan found the ontology: " + scanned.size());
        assertEquals(subjects(scanned), subjects(doc.graph()), "the same terms");
        assertEquals(scanned.size(), doc.graph().size(), "the same number of triples");
        assertTrue(IsoMatcher.isomorphic(scanned, doc.graph()), "the same triples, lists included");
        assertEquals(subjects(scanned).size() - 1, doc.classes().size() + doc.properties().size() + doc.individuals().size(),
                "every subject but the ontology itself is a term");
    }

    private static Set<String> subjects(Graph g) {
        Set<String> s = new TreeSet<>();
        g.find().mapWith(Triple::getSubject).filterKeep(Node::isURI).forEachRemaining(n -> s.add(n.getURI()));
        return s;
    }
}
