package no.eukg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import no.eukg.testing.Trees;

/** {@code query NAME}: the same answers and errors as the Web API, as text and exit codes. */
class QueryCommandTest {
    private static final String PROJECT = "src/test/resources/queries-api/project";
    /** The fixture's canonical namespace: the command's answers carry it, with no base to give. */
    private static final String BASE = "https://w3id.org/eukg-test/";

    private record Run(int code, String out, String err) { }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void the_default_output_is_an_aligned_table() {
        Run r = run("query", "neighbours", "--project", PROJECT, "--param", "entity=" + BASE + "id/norway");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(List.of(
                "p                                                   other",
                "--------------------------------------------------  -------------------------------------------",
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#type     https://w3id.org/eukg-test/ontology#Country",
                "https://w3id.org/eukg-test/ontology#cooperatesWith  https://w3id.org/eukg-test/id/eu",
                // "Norway joins the sanctions" is planned: in its fact's named graph, not the default graph.
                "(2 rows)"), lines);
    }

    @Test
    void literals_show_their_language_and_provenance_its_sentences() {
        Run r = run("query", "label-search", "--project", PROJECT, "--param", "q=nor", "--param", "lang=nb");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Norge@nb"), r.out());
        Run p = run("query", "who-cooperates", "--project", PROJECT, "--provenance");
        assertTrue(p.out().contains(BASE + "id/source/s2"), p.out());
    }

    @Test
    void other_formats_are_the_api_formats() {
        Run csv = run("query", "who-cooperates", "--project", PROJECT, "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(csv.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_CSV);
        assertEquals(List.of("country"), rs.getResultVars());
        Run json = run("query", "who-cooperates", "--project", PROJECT, "--format", "json");
        assertTrue(ResultSetMgr.read(new ByteArrayInputStream(json.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON).hasNext());
        Run ttl = run("query", "cooperation-graph", "--project", PROJECT, "--format", "ttl");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.out(), Lang.TURTLE).parse(g);
        assertEquals(2, g.size());
        Run jsonld = run("query", "cooperation-graph", "--project", PROJECT, "--format", "jsonld");
        Graph g2 = GraphFactory.createDefaultGraph();
        RDFParser.fromString(jsonld.out(), Lang.JSONLD).parse(g2);
        assertTrue(g.isIsomorphicWith(g2));
    }

    @Test
    void a_format_has_the_name_of_its_extension_in_every_command_and_the_common_aliases_work() {
        for (String name : List.of("rdf", "rdfxml", "rdf+xml")) {
            Run r = run("query", "cooperation-graph", "--project", PROJECT, "--format", name);
            assertEquals(0, r.code(), name + ": " + r.err());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.out(), Lang.RDFXML).parse(g);
            assertEquals(2, g.size(), name);
        }
        Run n3 = run("query", "cooperation-graph", "--project", PROJECT, "--format", "n3");
        assertEquals(0, n3.code(), n3.err());
        RDFParser.fromString(n3.out(), Lang.N3).parse(GraphFactory.createDefaultGraph());
        Run help = run("query", "--help");
        assertTrue(help.out().replaceAll("\\s+", " ").contains("One of table, json, xml, csv, tsv, ttl, jsonld, nt, rdf"), help.out());
        Run bad = run("query", "who-cooperates", "--project", PROJECT, "--format", "pdf");
        assertTrue(bad.err().contains("Invalid value for option '--format': 'pdf' is not one of table, json"), bad.err());
    }

    @Test
    void a_paginated_query_says_where_the_next_page_is() {
        Run r = run("query", "countries", "--project", PROJECT);
        assertTrue(r.out().contains("Iceland@en") && !r.out().contains("Norway"), r.out());
        assertTrue(r.err().contains("--page 2"), r.err());
        assertTrue(run("query", "countries", "--project", PROJECT, "--page", "2").out().contains("Norway@en"));
    }

    @Test
    void an_unknown_query_exits_1_with_suggestions() {
        Run r = run("query", "neighbors", "--project", PROJECT);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no query named 'neighbors'; did you mean neighbours"), r.err());
    }

    @Test
    void a_bad_or_missing_value_exits_1_with_the_api_message() {
        Run bad = run("query", "facts-by-year", "--project", PROJECT, "--param", "year=soon");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("parameter 'year': 'soon' is not valid: expected a value of type xsd:integer"), bad.err());
        Run missing = run("query", "neighbours", "--project", PROJECT);
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("missing required parameter 'entity'"), missing.err());
        Run notAllowed = run("query", "label-search", "--project", PROJECT, "--param", "q=x", "--param", "lang=de");
        assertEquals(1, notAllowed.code());
    }

    @Test
    void bad_usage_exits_2() {
        assertEquals(2, run("query", "neighbours", "--project", PROJECT, "--param", "entity").code());
        assertEquals(2, run("query", "who-cooperates", "--project", PROJECT, "--format", "pdf").code());
        assertEquals(2, run("query", "who-cooperates", "--project", PROJECT, "--format", "ttl").code());
        assertEquals(2, run("query").code());
    }

    @Test
    void a_broken_query_file_exits_1_naming_file_and_line(@TempDir Path tmp) throws IOException {
        Path project = tmp.resolve("p");
        Trees.copy(Path.of(PROJECT), project);
        Files.writeString(project.resolve("queries/broken.rq"), "#+ summary: fine\n#+ colour: blue\nASK {}\n");
        Run r = run("query", "has-facts", "--project", project.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("broken.rq:2:"), r.err());
        assertTrue(r.err().contains("unknown header key 'colour'"), r.err());
    }
}
