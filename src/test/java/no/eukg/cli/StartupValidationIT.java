package no.eukg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.eukg.export.RdfSyntax;
import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;
import no.eukg.testing.Http;
import no.eukg.testing.JarProcess;
import no.eukg.testing.RdfParsers;
import no.eukg.validate.ValidFixture;

/** The packaged jar validates the project before it serves it: warnings are logged, errors stop it. */
class StartupValidationIT {
    @Test
    void warnings_are_logged_and_the_server_starts(@TempDir Path dir) throws Exception {
        ValidFixture.copy(dir);
        ValidFixture.replace(dir.resolve("data/facts.trig"), "{ :iceland nkg:cooperatesWith :eu . }", "{ :iceland nkg:cooperatesWith :norway . }");
        try (JarProcess jar = JarProcess.serve(dir)) {
            JarProcess.Serving serving = jar.awaitServing(Duration.ofSeconds(60));
            assertTrue(Pattern.compile("WARN .*data/source/page\\.txt:2:\\d+: warning: .*mentions <" + Pattern.quote(new no.eukg.graph.ProjectFiles(dir).namespace().iri()) + "id/eu>")
                    .matcher(jar.output()).find(), jar.output());
            assertEquals(200, Http.get(serving.base() + "sparql?query=ASK%7B%7D").statusCode());
        }
    }

    @Test
    void a_graph_that_does_not_validate_does_not_start(@TempDir Path dir) throws Exception {
        ValidFixture.copy(dir);
        Path entities = dir.resolve("data/entities.ttl");
        ValidFixture.replace(entities, "rdfs:label \"Norway\"@en , \"Norge\"@nb .", "rdfs:label \"Norway\"@en .");
        Files.writeString(dir.resolve("data/source/page.txt"), "Denmark is not in the data.\n", StandardOpenOption.APPEND);
        try (JarProcess jar = JarProcess.serve(dir)) {
            assertEquals(1, jar.waitFor(Duration.ofSeconds(60)), jar.output());
            String out = jar.output();
            assertTrue(out.contains("data/entities.ttl:" + ValidFixture.lineOf(entities, ":norway a") + ":1: error: <id/norway>, path rdfs:label"), out);
            assertTrue(out.contains("data/source/page.txt:5:1: error: Sentence <"), out);
            assertTrue(out.contains("error: the project does not validate: 2 errors"), out);
            assertFalse(out.contains("\tat "), "no stack trace:\n" + out);
            assertFalse(JarProcess.SERVING.matcher(out).find(), out);
        }
    }

    @Test
    void files_validated_before_by_this_build_are_not_validated_again_and_a_changed_file_is(@TempDir Path dir) throws Exception {
        ValidFixture.copy(dir);
        ValidFixture.replace(dir.resolve("data/facts.trig"), "{ :iceland nkg:cooperatesWith :eu . }", "{ :iceland nkg:cooperatesWith :norway . }");
        try (JarProcess validate = JarProcess.start(JarProcess.publisherJar(), dir, "validate")) {
            assertEquals(0, validate.waitFor(Duration.ofSeconds(60)), validate.output());
        }
        try (JarProcess jar = JarProcess.serve(dir)) {
            JarProcess.Serving serving = jar.awaitServing(Duration.ofSeconds(60));
            assertTrue(jar.output().contains("the project's files were validated before by this build; reading the graph they built"), jar.output());
            assertTrue(jar.output().contains("warning: "), "the warnings of that validation are told again:\n" + jar.output());
            assertEquals(200, Http.get(serving.base() + "sparql?query=ASK%7B%7D").statusCode());
        }
        Path entities = dir.resolve("data/entities.ttl");
        ValidFixture.replace(entities, "rdfs:label \"Norway\"@en , \"Norge\"@nb .", "rdfs:label \"Norway\"@en .");
        try (JarProcess jar = JarProcess.serve(dir)) {
            assertEquals(1, jar.waitFor(Duration.ofSeconds(60)), "a changed file is validated, and its shape violation stops the start:\n" + jar.output());
            assertTrue(jar.output().contains("error: <id/norway>, path rdfs:label"), jar.output());
        }
    }

    @Test
    void the_graph_kept_by_validate_is_the_graph_the_files_build(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        Map<String, String> cache = validatedWithOwnCache(project, dir.resolve("cache"));
        try (JarProcess jar = JarProcess.start(JarProcess.publisherJar(), project, cache, "serve", "--port", "0")) {
            JarProcess.Serving serving = jar.awaitServing(Duration.ofSeconds(60));
            assertTrue(jar.output().contains("reading the graph they built"), jar.output());
            DatasetGraph served = RdfParsers.parseBoth(Http.getBytes(serving.base() + "dumps/dataset.nq").body(), RdfSyntax.NQUADS);
            assertTrue(IsoMatcher.isomorphic(ProjectGraph.load(new ProjectFiles(project)), served), "the kept graph differs from a fresh parse");
        }
    }

    @Test
    void a_kept_graph_that_cannot_be_read_is_built_again(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        Map<String, String> cache = validatedWithOwnCache(project, dir.resolve("cache"));
        List<Path> kept;
        try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            kept = files.filter(f -> f.toString().endsWith(".rt")).toList();
        }
        assertEquals(1, kept.size(), "validate keeps one graph: " + kept);
        Files.writeString(kept.get(0), "not RDF Thrift");
        try (JarProcess jar = JarProcess.start(JarProcess.publisherJar(), project, cache, "serve", "--port", "0")) {
            JarProcess.Serving serving = jar.awaitServing(Duration.ofSeconds(60));
            assertTrue(jar.output().contains("validated before by this build; parsing them once"), jar.output());
            assertEquals(200, Http.get(serving.base() + "sparql?query=ASK%7B%7D").statusCode());
        }
        assertTrue(Files.size(kept.get(0)) > 100, "the graph is kept again after the parse");
    }

    /** The valid fixture copied to {@code project} and validated there, its stamps in {@code cache}; the environment that finds them. */
    private static Map<String, String> validatedWithOwnCache(Path project, Path cache) throws Exception {
        Files.createDirectory(project);
        ValidFixture.copy(project);
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        try (JarProcess validate = JarProcess.start(JarProcess.publisherJar(), project, env, "validate")) {
            assertEquals(0, validate.waitFor(Duration.ofSeconds(60)), validate.output());
        }
        return env;
    }
}
