package no.eukg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values given by clients become typed RDF terms, or an error that says what was expected. */
class ParameterTypeTest {
    private static ParameterType type(String suffix) {
        return ParameterType.of(suffix, null, p -> null);
    }

    @Test
    void an_iri_parameter_takes_absolute_iris_with_fragments() {
        assertEquals(NodeFactory.createURI("http://x.org/ontology#Done"), type("iri").parse("http://x.org/ontology#Done"));
        assertEquals(NodeFactory.createURI("urn:isbn:123"), type("iri").parse("urn:isbn:123"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x> } ; DROP ALL #", "id/norway", "http://x.org/a b", "http://x.org/a>", "<http://x.org/a>", "", "http://x.org/\"q\""})
    void an_iri_parameter_refuses_anything_else(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> type("iri").parse(value));
        assertTrue(e.getMessage().contains("absolute IRI"), e.getMessage());
    }

    @Test
    void a_string_parameter_is_a_literal_whatever_it_holds() {
        assertEquals(NodeFactory.createLiteralString("\"x\" } UNION { ?s ?p ?o"), type(null).parse("\"x\" } UNION { ?s ?p ?o"));
        assertEquals(NodeFactory.createLiteralLang("Norge", "nb"), type("nb").parse("Norge"));
    }

    @Test
    void typed_values_are_checked_and_canonical() {
        assertEquals(NodeFactory.createLiteralDT("2015", XSDDatatype.XSDinteger), type("integer").parse("02015"));
        assertEquals(NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean), type("boolean").parse("1"));
        assertEquals(NodeFactory.createLiteralDT("2015", XSDDatatype.XSDgYear), type("gYear").parse("2015"));
        assertEquals(NodeFactory.createLiteralDT("4.5", XSDDatatype.XSDdecimal), type("number").parse("4.50"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> type("date").parse("10.03.2015"));
        assertTrue(e.getMessage().contains("xsd:date such as 2015-03-10"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> type("integer").parse("1; DROP"));
        assertThrows(IllegalArgumentException.class, () -> type(null).parse("x".repeat(ParameterType.MAX_LENGTH + 1)));
    }

    @Test
    void an_unknown_suffix_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> type("wibble"));
    }
}
