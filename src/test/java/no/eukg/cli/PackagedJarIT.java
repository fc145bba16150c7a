package no.eukg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.eukg.testing.Http;
import no.eukg.testing.JarProcess;
import no.eukg.testing.TestServer;
import no.eukg.testing.Trees;
import no.eukg.validate.ValidFixture;

/** The shaded jar, run as a user runs it: {@code java -jar target/norway-eu-kg.jar ...}. */
class PackagedJarIT {
    @Test
    void the_packaged_jar_serves_the_graph_with_its_canonical_iris_on_any_port() throws Exception {
        Path project = ValidFixture.VALID.toAbsolutePath();
        try (JarProcess jar = JarProcess.serve(project)) {
            JarProcess.Serving serving = jar.awaitServing(Duration.ofSeconds(30));
            String base = serving.base();
            assertEquals("http://localhost:" + serving.port() + "/", base);
            // The graph keeps its canonical IRIs, whatever port the server happens to get.
            String ns = new no.eukg.graph.ProjectFiles(project).namespace().iri();
            String query = "SELECT ?s WHERE { ?s a <" + ns + "ontology#Country> } ORDER BY ?s";
            var r = Http.get(base + "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "text/csv");
            assertEquals(200, r.statusCode());
            assertEquals("s\r\n" + ns + "id/iceland\r\n" + ns + "id/norway\r\n", r.body());
            // One log line per request, written once the answer is sent: wait for it rather than race it.
            jar.awaitLine(Pattern.compile("GET /sparql 200"), Duration.ofSeconds(10));
        }
    }

    @Test
    void a_public_base_is_where_the_server_is_not_what_it_names() throws Exception {
        Path project = ValidFixture.VALID.toAbsolutePath();
        String ns = new no.eukg.graph.ProjectFiles(project).namespace().iri();
        try (JarProcess jar = JarProcess.serve(project, "--base", "https://kg.example.org/norway-eu")) {
            JarProcess.Serving serving = jar.awaitServing(Duration.ofSeconds(30));
            assertEquals("https://kg.example.org/norway-eu/", serving.base());
            String local = serving.local("/");
            for (String[] askFor : new String[][] {{ns + "id/norway", "true"}, {"https://kg.example.org/norway-eu/id/norway", "false"}}) {
                String query = "ASK { <" + askFor[0] + "> ?p ?o }";
                var r = Http.get(local + "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                        "Accept", "application/sparql-results+json");
                assertTrue(r.body().contains(askFor[1]), askFor[0] + ": " + r.body());
            }
            var redirect = Http.get(local + "id/norway", "Accept", "text/turtle");
            assertEquals(303, redirect.statusCode());
            assertEquals("https://kg.example.org/norway-eu/data/norway.ttl", redirect.headers().firstValue("Location").orElse(""));
        }
    }

    @Test
    void a_broken_data_file_stops_start_up_naming_file_line_and_column(@TempDir Path dir) throws Exception {
        Trees.copy(TestServer.tinyProject(), dir);
        Path facts = dir.resolve("data/facts.trig");
        Files.writeString(facts, Files.readString(facts).replace(":norway a ex:Country ;", ":norway a ex:Country ;;; <bad iri> ."));
        try (JarProcess jar = JarProcess.serve(dir)) {
            assertEquals(1, jar.waitFor(Duration.ofSeconds(30)));
            assertTrue(Pattern.compile("data/facts\\.trig:\\d+:\\d+: ").matcher(jar.output()).find(), jar.output());
            assertTrue(!jar.output().contains("\tat "), "no stack trace:\n" + jar.output());
        }
    }

    @Test
    void a_missing_data_folder_stops_start_up(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("ontology"));
        try (JarProcess jar = JarProcess.serve(dir)) {
            assertEquals(1, jar.waitFor(Duration.ofSeconds(30)));
            assertTrue(jar.output().contains("data: error: the folder is missing"), jar.output());
        }
    }

    @Test
    void bad_usage_exits_2_and_version_exits_0(@TempDir Path dir) throws Exception {
        try (JarProcess usage = JarProcess.start(JarProcess.publisherJar(), dir, "serve", "--store", "nonsense")) {
            assertEquals(2, usage.waitFor(Duration.ofSeconds(30)));
            assertTrue(usage.output().contains("expected mem, tdb2:DIR or sparql:URL"), usage.output());
        }
        try (JarProcess version = JarProcess.start(JarProcess.publisherJar(), dir, "--version")) {
            assertEquals(0, version.waitFor(Duration.ofSeconds(30)));
            assertTrue(version.output().contains("norway-eu-kg "), version.output());
            // The shaded jar's manifest keeps Jena's version in Jena's package sections.
            String jena = org.apache.jena.Jena.VERSION;
            assertTrue(version.output().contains("(Apache Jena " + jena + ", Fuseki " + jena + ")"), version.output());
        }
    }
}
