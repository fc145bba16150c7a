package no.eukg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.atlas.json.JSON;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code export}: every format written from the shipped project and read back by an independent reader. */
class ExportCommandIT {
    private static final String BASE = new no.eukg.graph.ProjectFiles(Path.of(".")).namespace().iri();

    private static int run(StringWriter err, String... args) {
        var cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @ParameterizedTest(name = "export --format {0} parses back with RDF4J Rio")
    @CsvSource({"ttl, TURTLE", "nt, NTRIPLES", "nq, NQUADS", "trig, TRIG", "jsonld, JSONLD", "rdf, RDFXML", "rdfxml, RDFXML", "rdf+xml, RDFXML", "n3, TURTLE"})
    void rdf_dumps_parse_back_with_rio(String format, String rio, @TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("graph." + format);
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "export", "--format", format, "--out", out.toString()), err.toString());
        Model model;
        try (InputStream in = Files.newInputStream(out)) {
            model = Rio.parse(in, BASE, (RDFFormat) RDFFormat.class.getField(rio).get(null));
        }
        assertTrue(model.size() > 2000, format + " has " + model.size() + " statements");
        assertTrue(model.subjects().stream().anyMatch(s -> s.stringValue().equals(BASE + "id/norway")));
        if (format.equals("nq") || format.equals("trig"))
            assertTrue(model.contexts().size() > 50, "the facts' named graphs are in " + format);
    }

    @Test
    void a_gz_name_gets_a_gzipped_file(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("graph.nt.gz");
        assertEquals(0, run(new StringWriter(), "export", "--format", "nt", "--out", out.toString()));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            assertTrue(Rio.parse(in, BASE, RDFFormat.NTRIPLES).size() > 2000);
        }
    }

    @Test
    void graph_formats_are_well_formed_for_their_tools(@TempDir Path tmp) throws Exception {
        for (String format : new String[] {"graphml", "gexf"}) {
            Path out = tmp.resolve("graph." + format);
            assertEquals(0, run(new StringWriter(), "export", "--format", format, "--out", out.toString()));
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
            assertTrue(doc.getElementsByTagName("node").getLength() > 20, format + " has nodes");
            assertTrue(doc.getElementsByTagName("edge").getLength() > 20, format + " has edges");
        }
        Path cyjs = tmp.resolve("graph.json");
        assertEquals(0, run(new StringWriter(), "export", "--format", "cyjs", "--lang", "nb", "--out", cyjs.toString()));
        assertTrue(JSON.parseAny(Files.readString(cyjs)).toString().contains("Norge"));

        Path dot = tmp.resolve("graph.dot");
        assertEquals(0, run(new StringWriter(), "export", "--format", "dot", "--out", dot.toString()));
        Process render = new ProcessBuilder("dot", "-Tsvg", dot.toString()).redirectErrorStream(true).start();
        String svg = new String(render.getInputStream().readAllBytes());
        assertEquals(0, render.waitFor(), svg);
        assertTrue(svg.contains("<svg"));
    }

    @Test
    void an_exported_file_has_the_permissions_of_any_file_the_user_writes(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("graph.ttl");
        assertEquals(0, run(new StringWriter(), "export", "--format", "ttl", "--out", out.toString()));
        Path plain = Files.createFile(tmp.resolve("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out), "not private to its owner (0600)");
    }

    @Test
    void an_unknown_format_or_language_is_bad_usage(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "export", "--format", "xlsx"));
        assertTrue(err.toString().contains("Invalid value for option '--format': 'xlsx' is not one of ttl, nt, nq, trig, jsonld, rdf, graphml, gexf, dot, cyjs"), err.toString());
        StringWriter help = new StringWriter();
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(help, true));
        assertEquals(0, cmd.execute("export", "--help"));
        assertTrue(help.toString().replaceAll("\\s+", " ").contains("One of ttl, nt, nq, trig, jsonld, rdf, graphml, gexf, dot, cyjs"), help.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(2, run(err2, "export", "--format", "dot", "--lang", "not a tag!"));
        assertTrue(err2.toString().contains("not a language tag"), err2.toString());
        assertTrue(Files.notExists(tmp.resolve("x")));
    }
}
