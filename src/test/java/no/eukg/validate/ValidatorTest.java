package no.eukg.validate;

import static no.eukg.validate.ValidFixture.assertNoErrors;
import static no.eukg.validate.ValidFixture.assertReported;
import static no.eukg.validate.ValidFixture.lineOf;
import static no.eukg.validate.ValidFixture.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.eukg.validate.ValidFixture.Run;

/**
 * {@code validate} end to end over a valid project broken one way at a time: each problem is
 * reported at its file and line, and the exit code says whether there were errors.
 */
class ValidatorTest {
    @TempDir Path dir;
    Path entities;
    Path facts;
    Path text;
    Path query;

    @BeforeEach
    void copy_the_valid_project() throws IOException {
        ValidFixture.copy(dir);
        entities = dir.resolve("data/entities.ttl");
        facts = dir.resolve("data/facts.trig");
        text = dir.resolve("data/source/page.txt");
        query = dir.resolve("queries/countries.rq");
    }

    private Run validate() {
        return ValidFixture.run("validate", "--project", dir.toString());
    }

    @Test
    void a_valid_project_validates_with_exit_0() {
        Run run = validate();
        assertEquals(0, run.exit(), run.toString());
        assertEquals("0 errors, 0 warnings in 5 RDF files and 1 query file", run.out().strip(), run.toString());
    }

    @Test
    void a_turtle_syntax_error_is_reported_at_its_line() throws IOException {
        replace(entities, "\"Island\"@nb .", "\"Island\"@nb ; ; . .");
        Run run = validate();
        assertEquals(1, run.exit(), run.toString());
        assertReported(run, entities, lineOf(entities, "\"Island\"@nb"), "error");
        assertTrue(run.out().contains("the shapes and the text coverage were not checked"), run.toString());
    }

    @Test
    void a_bad_iri_is_reported_at_its_line() throws IOException {
        replace(entities, "skos:altLabel \"EU\"@en .", "skos:altLabel \"EU\"@en ;\n    rdfs:seeAlso <http://example.org/european union> .");
        Run run = validate();
        assertEquals(1, run.exit(), run.toString());
        assertReported(run, entities, lineOf(entities, "european union"), "error", "IRI");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"abc\"^^xsd:date     | xsd:date",
        "\"x\"^^xsd:integer    | xsd:integer",
        "\"2015-13\"^^xsd:gYear | xsd:gYear"})
    void a_value_that_is_not_of_its_datatype_is_reported_at_its_line(String literal, String datatype) throws IOException {
        replace(facts, "\"2015\"^^xsd:gYear", literal);
        Run run = validate();
        assertEquals(1, run.exit(), run.toString());
        assertReported(run, facts, lineOf(facts, literal), "error", datatype.replace("xsd:", ""));
    }

    @Test
    void an_unknown_datatype_is_reported_by_rdf4j_rio() throws IOException {
        replace(facts, "\"2015\"^^xsd:gYear", "\"2015\"^^<http://example.org/year>");
        Run run = validate();
        assertEquals(1, run.exit(), run.toString());
        assertReported(run, facts, lineOf(facts, "example.org/year"), "error", "RDF4J Rio", "http://example.org/year");
    }

    @Test
    void a_missing_norwegian_label_is_a_shape_violation_naming_the_entity_and_the_path() throws IOException {
        replace(entities, "rdfs:label \"Norway\"@en , \"Norge\"@nb .", "rdfs:label \"Norway\"@en .");
        Run run = validate();
        assertEquals(1, run.exit(), run.toString());
        assertReported(run, entities, lineOf(entities, ":norway a nkg:Country"), "error",
                "<id/norway>", "path rdfs:label", "no Norwegian Bokmål label");
    }

    @Test
    void a_missing_english_label_is_a_shape_violation_naming_the_entity_and_the_path() throws IOException {
        replace(entities, "rdfs:label \"European Union\"@en , \"Den europeiske union\"@nb ;", "rdfs:label \"Den europeiske union\"@nb ;");
        Run run = validate();
        assertEquals(1, run.exit(), run.toString());
        assertReported(run, entities, lineOf(entities, ":eu a org:Organization"), "error",
                "<id/eu>", "path rdfs:label", "no English label");
    }

    @Test
    void a_fact_with_no_source_is_reported_where_the_fact_is_written() throws IOException {
        replace(facts, "    prov:wasDerivedFrom src:s2 ;\n", "");
        Run run = validate();
        assertEquals(1, run.exit(), run.toString());
        assertReported(run, facts, lineOf(facts, "fact:iceland-cooperates-with-eu a nkg:Fact"), "error",
                "id/fact/iceland-cooperates-with-eu", "has no prov:wasDerivedFrom");
        // and so the sentence it came from is cited by nothing
        assertReported(run, text, 2, "error", "id/source/s2", "Iceland also cooperates with the EU.");
    }

    @Test
    void a_fact_citing_something_that_is_not_a_sentence_is_reported() throws IOException {
        replace(facts, "prov:wasDerivedFrom src:s3 ;", "prov:wasDerivedFrom src:s3 , src:s9 ;");
        Run run = validate();
        assertEquals(1, run.exit(), run.toString());
        assertReported(run, facts, lineOf(facts, "fact:norway-will-provide-troops a nkg:Fact"), "error",
                "id/fact/norway-will-provide-troops", "id/source/s9", "not a nif:Sentence");
    }

    @Test
    void a_sentence_with_no_fact_is_reported_at_its_place_in_the_text() throws IOException {
        Files.writeString(text, "Denmark is not in the data.\n", StandardOpenOption.APPEND);
        Run run = validate();
        assertEquals(1, run.exit(), run.toString());
        assertReported(run, text, lineOf(text, "Denmark"), "error", "id/source/s4", "is cited by no fact", "Denmark is not in the data.");
    }

    @Test
    void a_mention_without_a_fact_is_a_warning_and_not_an_error() throws IOException {
        replace(facts, "{ :iceland nkg:cooperatesWith :eu . }", "{ :iceland nkg:cooperatesWith :norway . }");
        Run run = validate();
        assertEquals(0, run.exit(), run.toString());
        String line = assertReported(run, text, 2, "warning", "id/eu", "\"EU\"");
        assertEquals(2 + ":" + ("Norway cooperates closely with the EU. Iceland also cooperates with the ".length() + 1),
                line.substring(text.normalize().toString().length() + 1, line.indexOf(": warning")), "at the mention itself");
        assertTrue(run.out().contains("0 errors, 1 warning"), run.toString());
    }

    @Test
    void a_malformed_query_is_reported_at_its_line_and_column() throws IOException {
        replace(query, "ORDER BY ?label", "ORDER BY ?label }");
        Run run = validate();
        assertEquals(1, run.exit(), run.toString());
        int line = lineOf(query, "ORDER BY ?label }");
        String reported = assertReported(run, query, line, "error");
        assertTrue(reported.startsWith(query.normalize() + ":" + line + ":17: "), reported);
    }

    @Test
    void every_problem_is_reported_not_only_the_first() throws IOException {
        replace(entities, "\"Norge\"@nb", "\"Norge\"@nb ; nkg:founded \"then\"^^<http://www.w3.org/2001/XMLSchema#date>");
        replace(entities, "\"Island\"@nb", "\"Island\"@nb ; nkg:population \"many\"^^<http://www.w3.org/2001/XMLSchema#integer>");
        replace(facts, "{ :norway nkg:providesTroopsTo :eu . }", "{ :norway nkg:providesTroopsTo :eu . ");
        Files.writeString(dir.resolve("queries/broken.rq"), "SELECT * WHERE { ?s ?p }\n");
        Run run = validate();
        assertEquals(1, run.exit(), run.toString());
        assertReported(run, entities, lineOf(entities, "\"then\""), "error", "date");
        assertReported(run, entities, lineOf(entities, "\"many\""), "error", "integer");
        assertReported(run, facts, lineOf(facts, "nkg:providesTroopsTo") + 1, "error");
        assertReported(run, dir.resolve("queries/broken.rq"), 1, "error");
    }

    @Test
    void an_unknown_or_malformed_query_header_is_reported_at_its_line() throws IOException {
        Files.writeString(dir.resolve("queries/unknown-key.rq"), "#+ summary: fine\n#+ endpoint: http://example.org/sparql\nASK {}\n");
        Files.writeString(dir.resolve("queries/bad-yaml.rq"), "#+ summary: fine\n#+ tags: [a, b\nASK {}\n");
        Files.writeString(dir.resolve("queries/bad-parameter.rq"), "#+ summary: fine\nSELECT * WHERE { ?s ?p ?_x_wibble }\n");
        Run run = validate();
        assertEquals(1, run.exit(), run.toString());
        assertReported(run, dir.resolve("queries/unknown-key.rq"), 2, "error", "unknown header key 'endpoint'");
        assertReported(run, dir.resolve("queries/bad-yaml.rq"), 2, "error", "not valid YAML");
        assertReported(run, dir.resolve("queries/bad-parameter.rq"), 2, "error", "wibble");
    }

    @Test
    void an_undefined_prefix_is_reported_at_its_line() throws IOException {
        replace(entities, "\"Norge\"@nb", "\"Norge\"@nb ; nkg:founded \"1905\"^^xsd:gYear");
        Run run = validate();
        assertEquals(1, run.exit(), run.toString());
        assertReported(run, entities, lineOf(entities, "\"1905\""), "error", "xsd");
    }

    @Test
    void a_missing_folder_is_an_error_naming_it() throws IOException {
        try (var files = Files.walk(dir.resolve("data"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Run run = validate();
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains(dir.resolve("data").normalize() + ": error: the folder is missing"), run.toString());
    }

    @Test
    void bad_usage_exits_2() {
        // validate has no --base: nothing it checks depends on where the graph will be served.
        Run base = ValidFixture.run("validate", "--project", dir.toString(), "--base", "https://kg.example.org/");
        assertEquals(2, base.exit(), base.toString());
        assertTrue(base.err().contains("--base is gone from validate") && base.err().contains("canonical namespace"), base.toString());
        Run unknown = ValidFixture.run("validate", "--no-such-option");
        assertEquals(2, unknown.exit(), unknown.toString());
    }

    @Test
    void a_missing_or_bad_namespace_is_an_error_naming_its_file() throws IOException {
        Path declared = dir.resolve("data/namespace.properties");
        Files.writeString(declared, "# a comment\nnamespace=ftp://example.org/kg/\n");
        Run bad = validate();
        assertEquals(1, bad.exit(), bad.toString());
        assertTrue(bad.out().contains(declared.normalize() + ":2:1: error: the namespace must be an absolute http(s) IRI"), bad.toString());
        Files.delete(declared);
        Run missing = validate();
        assertEquals(1, missing.exit(), missing.toString());
        assertTrue(missing.out().contains(declared.normalize() + ": error: missing: declare the graph's canonical namespace"), missing.toString());
    }

    @Test
    void the_shapes_check_the_statements_of_a_fact_that_is_not_in_the_default_graph() throws IOException {
        // "Norway will provide troops to the EU" is planned: in its named graph only. The shapes
        // still see it, as they check what the project states, not only what it asserts.
        Path shapes = dir.resolve("ontology/shapes.ttl");
        Files.writeString(shapes, """

                shape:TroopsShape a sh:NodeShape ;
                    sh:targetSubjectsOf nkg:providesTroopsTo ;
                    sh:property [
                        sh:path nkg:providesTroopsTo ;
                        sh:class nkg:Country ;
                        sh:message "Troops are provided to a country." ;
                    ] .
                """, StandardOpenOption.APPEND);
        Run run = validate();
        assertEquals(1, run.exit(), run.toString());
        assertReported(run, entities, lineOf(entities, ":norway a nkg:Country"), "error",
                "<id/norway>", "path <ontology#providesTroopsTo>", "Troops are provided to a country", "(value <id/eu>)");
    }

    @Test
    void relative_iris_resolve_against_the_declared_namespace() throws IOException {
        replace(entities, "rdfs:label \"Norway\"@en , \"Norge\"@nb .", "rdfs:label \"Norway\"@en .");
        Files.writeString(dir.resolve("data/namespace.properties"), "namespace=https://kg.example.org/eu/\n");
        Run run = validate();
        assertEquals(1, run.exit(), run.toString());
        assertFalse(run.out().contains("localhost"), run.toString());
        assertFalse(run.out().contains("w3id.org"), run.toString());
        assertReported(run, facts.getParent().resolve("entities.ttl"), lineOf(entities, ":norway a"), "error", "<id/norway>");
    }

    @Test
    void the_shipped_project_validates_with_no_errors() {
        Run run = ValidFixture.run("validate", "--project", ".");
        assertEquals(0, run.exit(), run.toString());
        assertNoErrors(run);
    }
}
