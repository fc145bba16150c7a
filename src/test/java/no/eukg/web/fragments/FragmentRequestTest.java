package no.eukg.web.fragments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

import no.eukg.web.HttpError;

/** Reading fragment requests in the LDF clients' term syntax, and writing their addresses back. */
class FragmentRequestTest {
    private static final String NORWAY = "https://w3id.org/norway-eu-kg/id/norway";

    private static FragmentRequest parse(String... pairs) {
        Map<String, String[]> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2)
            m.put(pairs[i], new String[] {pairs[i + 1]});
        return FragmentRequest.parse(m);
    }

    private static int status(Runnable r) {
        return assertThrows(HttpError.class, r::run).status();
    }

    @Test
    void an_empty_request_is_every_quad_on_page_one() {
        FragmentRequest r = parse();
        assertNull(r.pattern().subject());
        assertEquals(QuadPattern.Scope.ANY, r.pattern().scope());
        assertEquals(1, r.page());
        assertEquals(Optional.empty(), r.format());
    }

    @Test
    void iris_bare_or_bracketed_and_variables_are_read() {
        assertEquals(NodeFactory.createURI(NORWAY), parse("subject", NORWAY).pattern().subject());
        assertEquals(NodeFactory.createURI(NORWAY), parse("subject", "<" + NORWAY + ">").pattern().subject());
        assertEquals(NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
                parse("predicate", "http://www.w3.org/2004/02/skos/core#prefLabel").pattern().predicate());
        assertNull(parse("subject", "?s", "object", "$o").pattern().subject());
    }

    @Test
    void literals_in_the_rdf_string_form_are_read() {
        assertEquals(NodeFactory.createLiteralString("Norway"), parse("object", "\"Norway\"").pattern().object());
        assertEquals(NodeFactory.createLiteralLang("Norge", "nb"), parse("object", "\"Norge\"@nb").pattern().object());
        Node five = NodeFactory.createLiteralDT("5", XSDDatatype.XSDinteger);
        assertEquals(five, parse("object", "\"5\"^^http://www.w3.org/2001/XMLSchema#integer").pattern().object());
        assertEquals(five, parse("object", "\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>").pattern().object());
        assertEquals(NodeFactory.createLiteralString("say \"hi\""), parse("object", "\"say \"hi\"\"").pattern().object(),
                "the lexical form runs to the last quote, unescaped, as rdf-string writes it");
    }

    @Test
    void the_graph_names_the_default_graph_a_named_graph_or_every_graph() {
        assertEquals(QuadPattern.Scope.DEFAULT, parse("graph", "urn:ldf:defaultGraph").pattern().scope());
        assertEquals(QuadPattern.Scope.DEFAULT, parse("graph", "@default").pattern().scope());
        assertEquals(QuadPattern.Scope.ANY, parse("graph", "").pattern().scope());
        assertEquals(QuadPattern.Scope.ANY, parse("graph", "?g").pattern().scope());
        QuadPattern named = parse("graph", "https://w3id.org/norway-eu-kg/id/fact/x").pattern();
        assertEquals(QuadPattern.Scope.NAMED, named.scope());
        assertEquals(NodeFactory.createURI("https://w3id.org/norway-eu-kg/id/fact/x"), named.graph());
    }

    @Test
    void bad_terms_pages_and_parameters_are_400() {
        assertEquals(400, status(() -> parse("subject", "\"a literal\"")));
        assertEquals(400, status(() -> parse("predicate", "norway")));
        assertEquals(400, status(() -> parse("subject", "http://a b")));
        assertEquals(400, status(() -> parse("object", "\"open")));
        assertEquals(400, status(() -> parse("object", "\"x\"@")));
        assertEquals(400, status(() -> parse("object", "\"x\"^^relative")));
        assertEquals(400, status(() -> parse("graph", "\"x\"")));
        assertEquals(400, status(() -> parse("subject", "_:b")));
        assertEquals(400, status(() -> parse("page", "0")));
        assertEquals(400, status(() -> parse("page", "x")));
        assertEquals(400, status(() -> parse("page", "12345678901")));
        assertEquals(400, status(() -> parse("format", "docx")));
        assertEquals(400, status(() -> parse("colour", "red")));
        assertEquals(400, status(() -> parse("subject", "http://x/" + "a".repeat(TermSyntax.MAX_LENGTH))));
        assertTrue(assertThrows(HttpError.class, () -> parse("page", "-1")).getMessage().contains("'page'"));
    }

    @Test
    void formats_are_read_by_the_projects_names() {
        assertEquals(Optional.of("ttl"), parse("format", "turtle").format());
        assertEquals(Optional.of("jsonld"), parse("format", "json-ld").format());
        assertEquals(Optional.of("html"), parse("format", "html").format());
    }

    @Test
    void an_address_is_written_in_one_order_with_terms_in_the_request_form() {
        QuadPattern p = parse("object", "\"Norge\"@nb", "subject", NORWAY, "graph", "@default").pattern();
        assertEquals("fragments?subject=https%3A%2F%2Fw3id.org%2Fnorway-eu-kg%2Fid%2Fnorway&object=%22Norge%22%40nb"
                + "&graph=urn%3Aldf%3AdefaultGraph&page=3", FragmentLinks.relative(p, 3, Optional.empty()));
        FragmentRequest back = parse("subject", NORWAY, "object", "\"Norge\"@nb", "graph", "urn:ldf:defaultGraph");
        assertEquals(p, back.pattern(), "an address reads back as its pattern");
        assertEquals("fragments", FragmentLinks.relative(parse().pattern(), 1, Optional.empty()));
    }
}
