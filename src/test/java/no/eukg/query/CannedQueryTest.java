package no.eukg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

import no.eukg.graph.GraphSourceException;

/** Reading a query file: the grlc header, the parameters from variable names, and failing fast with file:line. */
class CannedQueryTest {
    private static final String BASE = "http://example.org/";
    private static final Path FILE = Path.of("queries/some-query.rq");

    private static CannedQuery read(String text) {
        return CannedQuery.read(FILE, text, BASE);
    }

    private static GraphSourceException fails(String text) {
        return assertThrows(GraphSourceException.class, () -> read(text));
    }

    @Test
    void a_full_grlc_header_is_read() {
        CannedQuery q = read("""
                #+ summary: Facts of a modality
                #+ description: |
                #+   Two lines
                #+   of text.
                #+ tags:
                #+   - api
                #+   - modality
                #+ enumerate:
                #+   - modality
                #+   - lang: [en, nb]
                #+ defaults:
                #+   - modality: ontology#Done
                #+ pagination: 20
                #+ method: GET
                PREFIX ex: <ontology#>
                SELECT ?f WHERE { ?f ex:modality ?_modality_iri ; ex:label ?l FILTER(langMatches(lang(?l), ?__lang)) }
                """);
        assertEquals("some-query", q.name());
        assertEquals("Facts of a modality", q.header().summary());
        assertEquals("Two lines\nof text.", q.header().description());
        assertEquals(List.of("api", "modality"), q.header().tags());
        assertEquals("modality", q.header().topic(), "the first tag that names a subject, not 'api'");
        assertEquals(20, q.header().pagination());
        assertEquals(Set.of("GET"), q.header().methods());
        Parameter modality = q.parameter("modality").orElseThrow();
        assertTrue(modality.required());
        assertFalse(modality.mustBeGiven(), "it has a default");
        assertEquals(ParameterType.Kind.IRI, modality.type().kind());
        assertEquals(NodeFactory.createURI(BASE + "ontology#Done"), modality.defaultValue(), "relative IRIs resolve against the base");
        assertEquals(Parameter.Enumeration.Source.GRAPH, modality.enumeration().source());
        assertTrue(modality.enumeration().fromGraph().toString().contains("?_modality_iri"));
        Parameter lang = q.parameter("lang").orElseThrow();
        assertFalse(lang.required());
        assertEquals(List.of(NodeFactory.createLiteralString("en"), NodeFactory.createLiteralString("nb")), lang.enumeration().listed());
        assertNull(lang.defaultValue());
    }

    @Test
    void parameter_types_come_from_the_suffix() {
        CannedQuery q = read("""
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                SELECT * WHERE { ?s ?p ?o FILTER(?o IN (?_a, ?_b_iri, ?_c_en, ?_d_integer, ?_e_date, ?__f_boolean, ?_g_xsd_gYear, ?_h_number, ?_i_literal)) }
                """);
        assertEquals(List.of("string", "iri", "string@en", "xsd:integer", "xsd:date", "xsd:boolean", "xsd:gYear", "number", "string"),
                q.parameters().stream().map(p -> p.type().label()).toList());
        assertFalse(q.parameter("f").orElseThrow().required());
    }

    @Test
    void an_unknown_header_key_fails_with_its_line() {
        GraphSourceException e = fails("""
                #+ summary: x
                #+ endpoint: http://dbpedia.org/sparql
                SELECT * WHERE { ?s ?p ?o }
                """);
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("unknown header key 'endpoint'"), e.getMessage());
        assertTrue(e.located().startsWith("queries/some-query.rq:2:"), e.located());
    }

    @Test
    void a_malformed_header_fails_with_its_line() {
        GraphSourceException e = fails("""
                #+ summary: x
                #+ tags: [a, b
                #+ pagination: 3
                SELECT * WHERE { ?s ?p ?o }
                """);
        assertTrue(e.line() >= 2 && e.line() <= 3, e.located());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
        assertEquals(1, fails("#+ just text\nSELECT * WHERE { ?s ?p ?o }").line());
        assertEquals(2, fails("#+ summary: x\n#+ pagination: lots\nSELECT * WHERE { ?s ?p ?o }").line());
        assertEquals(2, fails("#+ summary: x\n#+ method: DELETE\nSELECT * WHERE { ?s ?p ?o }").line());
    }

    @Test
    void unparsable_sparql_fails_with_line_and_column() {
        GraphSourceException e = fails("""
                #+ summary: x
                SELECT * WHERE {
                  ?s ?p ?o
                  FILTER(
                }
                """);
        assertEquals(5, e.line(), e.located());
        assertTrue(e.getMessage().startsWith("SPARQL syntax"), e.getMessage());
        assertTrue(fails("DELETE WHERE { ?s ?p ?o }").getMessage().startsWith("SPARQL syntax"), "updates are not queries");
    }

    @Test
    void bad_parameters_fail_at_the_line_of_their_variable() {
        GraphSourceException suffix = fails("SELECT * WHERE {\n  ?s ?p ?_x_wibble\n}");
        assertEquals(2, suffix.line());
        assertTrue(suffix.getMessage().contains("unknown type suffix 'wibble'"), suffix.getMessage());
        assertTrue(fails("SELECT * WHERE { ?s ?p ?_page }").getMessage().contains("reserved"));
        assertTrue(fails("SELECT * WHERE { ?s ?_x ?_x_iri }").getMessage().contains("both the parameter 'x'"));
        assertTrue(fails("SELECT * WHERE { ?s ?p ?_a_b_c_d }").getMessage().contains("not a parameter name"));
        assertTrue(fails("SELECT * WHERE { ?s ?p ?_x_foo_bar }").getMessage().contains("PREFIX foo:"));
        assertTrue(fails("SELECT * WHERE { ?s ?p ?o BIND(1 AS ?_x) }").getMessage().contains("cannot be bound"));
    }

    @Test
    void header_entries_must_fit_the_parameters() {
        GraphSourceException unknown = fails("#+ defaults:\n#+   - colour: red\nSELECT * WHERE { ?s ?p ?_x }");
        assertEquals(2, unknown.line());
        assertTrue(unknown.getMessage().contains("'colour', which is not a parameter"), unknown.getMessage());
        GraphSourceException badDefault = fails("#+ defaults:\n#+   - year: soon\nSELECT * WHERE { ?s ?p ?_year_integer }");
        assertTrue(badDefault.getMessage().contains("xsd:integer"), badDefault.getMessage());
        assertTrue(fails("#+ enumerate:\n#+   - n: [1, two]\nSELECT * WHERE { ?s ?p ?_n_integer }").getMessage().contains("'two'"));
        assertTrue(fails("#+ enumerate:\n#+   - n: [1, 2]\n#+ defaults:\n#+   - n: 3\nSELECT * WHERE { ?s ?p ?_n_integer }")
                .getMessage().contains("not one of its enumerated values"));
        assertTrue(fails("#+ enumerate:\n#+   - q\nSELECT * WHERE { ?s ?p ?o FILTER(CONTAINS(?o, ?_q)) }")
                .getMessage().contains("in no triple pattern"), "nothing in the graph to draw values from");
        assertTrue(fails("#+ pagination: 10\nCONSTRUCT WHERE { ?s ?p ?o }").getMessage().contains("SELECT queries only"));
    }

    @Test
    void file_names_are_kebab_case() {
        assertThrows(GraphSourceException.class, () -> CannedQuery.read(Path.of("queries/Some_Query.rq"), "ASK {}", BASE));
    }

    @Test
    void nearest_names_come_by_edit_distance() {
        assertEquals(1, QueryCatalogue.distance("neighbors", "neighbours"));
        assertEquals(3, QueryCatalogue.distance("kitten", "sitting"));
    }
}
