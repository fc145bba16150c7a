package no.eukg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import no.eukg.graph.LocalStore;
import no.eukg.graph.Store;
import no.eukg.linked.LinkedFixture;

/** The interop gate: what passes, what fails, and what the failure says. */
class InteropGateTest {
    private static final Node S = NodeFactory.createURI("http://example.org/s");
    private static final Node P = NodeFactory.createURI("http://example.org/p");

    private static Store storeOf(DatasetGraph dsg) {
        return new LocalStore(dsg, "test", () -> { });
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void every_dump_of_the_fixture_passes_and_is_written(RdfSyntax syntax) {
        Store store = LinkedFixture.store();
        try (Dumps dumps = new Dumps(store, LinkedFixture.NAMESPACE)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            dumps.write(syntax, out);
            assertTrue(out.size() > 100);
            // Read back once more here, independently of the dump's own gate.
            Model read = InteropGate.parseStrict(syntax, new ByteArrayInputStream(out.toByteArray()), "test");
            InteropGate.requireIsomorphic(read, InteropGate.toRdf4j(store.dataset(), syntax.quads()), "test");
        }
    }

    @Test
    void an_ill_typed_literal_that_jena_keeps_fails_the_gate_and_nothing_is_written() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.add(Quad.defaultGraphIRI, S, P, NodeFactory.createLiteralDT("twelve", XSDDatatype.XSDinteger));
        try (Dumps dumps = new Dumps(storeOf(dsg), new no.eukg.graph.Namespace("http://example.org/"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InteropException e = assertThrows(InteropException.class, () -> dumps.write(RdfSyntax.TURTLE, out));
            assertTrue(e.getMessage().contains("RDF4J Rio cannot read"), e.getMessage());
            assertTrue(e.getMessage().contains("twelve"), e.getMessage());
            assertEquals(0, out.size(), "nothing of a failed dump is written");
            assertThrows(InteropException.class, dumps::list);
            assertThrows(InteropException.class, () -> dumps.write(RdfSyntax.TURTLE, out), "the failure is kept");
        }
    }

    @Test
    void a_language_tag_jena_accepts_but_bcp47_does_not_fails_the_gate() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        // Nine letters: Jena builds and writes it, BCP 47 allows at most eight, Rio refuses it.
        dsg.add(Quad.defaultGraphIRI, S, P, NodeFactory.createLiteralLang("x", "abcdefghi"));
        try (Dumps dumps = new Dumps(storeOf(dsg), new no.eukg.graph.Namespace("http://example.org/"))) {
            InteropException e = assertThrows(InteropException.class, () -> dumps.write(RdfSyntax.NTRIPLES, new ByteArrayOutputStream()));
            assertTrue(e.getMessage().contains("RDF4J Rio"), e.getMessage());
        }
    }

    @Test
    void graphs_that_differ_are_named_in_the_error() {
        var vf = SimpleValueFactory.getInstance();
        Model a = new LinkedHashModel();
        a.add(vf.createIRI("http://example.org/s"), vf.createIRI("http://example.org/p"), vf.createLiteral("one"));
        Model b = new LinkedHashModel();
        b.add(vf.createIRI("http://example.org/s"), vf.createIRI("http://example.org/p"), vf.createLiteral("two"));
        InteropException e = assertThrows(InteropException.class, () -> InteropGate.requireIsomorphic(a, b, "the test dump"));
        assertTrue(e.getMessage().contains("the test dump"), e.getMessage());
        assertTrue(e.getMessage().contains("missing") && e.getMessage().contains("two"), e.getMessage());
        assertTrue(e.getMessage().contains("unexpected") && e.getMessage().contains("one"), e.getMessage());
    }

    @Test
    void blank_nodes_are_compared_up_to_renaming() {
        DatasetGraph jena = DatasetGraphFactory.createTxnMem();
        jena.add(Quad.defaultGraphIRI, S, P, NodeFactory.createBlankNode("a"));
        jena.add(Quad.defaultGraphIRI, NodeFactory.createBlankNode("a"), P, NodeFactory.createLiteralString("x"));
        var vf = SimpleValueFactory.getInstance();
        Model rio = new LinkedHashModel();
        rio.add(vf.createIRI(S.getURI()), vf.createIRI(P.getURI()), vf.createBNode("zz"));
        rio.add(vf.createBNode("zz"), vf.createIRI(P.getURI()), vf.createLiteral("x"));
        InteropGate.requireIsomorphic(rio, InteropGate.toRdf4j(jena, false), "bnodes");
    }

    @Test
    void named_graphs_count_in_quad_syntaxes_only() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node g = NodeFactory.createURI("http://example.org/g");
        dsg.add(g, S, P, NodeFactory.createLiteralString("in g"));
        dsg.add(Quad.defaultGraphIRI, S, P, NodeFactory.createLiteralString("in default"));
        assertEquals(2, InteropGate.toRdf4j(dsg, true).size());
        assertEquals(1, InteropGate.toRdf4j(dsg, false).size());
    }

    @Test
    void a_syntax_is_found_by_its_name_or_an_alias_and_its_name_is_its_extension() {
        for (RdfSyntax syntax : RdfSyntax.values())
            assertEquals(syntax.extension(), syntax.formatName());
        assertEquals(java.util.Optional.of(RdfSyntax.RDFXML), RdfSyntax.byFormatName("rdfxml"));
        assertEquals(java.util.Optional.of(RdfSyntax.RDFXML), RdfSyntax.byFormatName("rdf+xml"));
        assertEquals(java.util.Optional.of(RdfSyntax.TURTLE), RdfSyntax.byFormatName("N3"));
        assertEquals(java.util.Optional.empty(), RdfSyntax.byFormatName("xml"), "xml is SPARQL results, not RDF/XML");
    }
}
