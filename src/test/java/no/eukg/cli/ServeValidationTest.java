package no.eukg.cli;

import static no.eukg.validate.ValidFixture.assertReported;
import static no.eukg.validate.ValidFixture.lineOf;
import static no.eukg.validate.ValidFixture.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.eukg.validate.ValidFixture.Run;
import no.eukg.validate.ValidFixture;

/**
 * {@code serve} on the in-memory store validates the project first: a broken graph does not start
 * and the command exits 1 listing the problems. (Should validation let a broken graph through,
 * the server would start and block: the time limit turns that into a failure.)
 */
class ServeValidationTest {
    @TempDir Path dir;
    Path entities;
    Path facts;
    Path text;

    @BeforeEach
    void copy_the_valid_project() throws IOException {
        ValidFixture.copy(dir);
        entities = dir.resolve("data/entities.ttl");
        facts = dir.resolve("data/facts.trig");
        text = dir.resolve("data/source/page.txt");
    }

    private Run serve() {
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> ValidFixture.run("serve", "--project", dir.toString(), "--port", "0"));
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("error: the project does not validate"), run.toString());
        assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run);
        return run;
    }

    @Test
    void a_syntax_error_stops_start_up() throws IOException {
        replace(entities, "\"Island\"@nb .", "\"Island\"@nb ; ; . .");
        assertReported(serve(), entities, lineOf(entities, "\"Island\"@nb"), "error");
    }

    @Test
    void a_shape_violation_stops_start_up() throws IOException {
        replace(entities, "rdfs:label \"Norway\"@en , \"Norge\"@nb .", "rdfs:label \"Norway\"@en .");
        assertReported(serve(), entities, lineOf(entities, ":norway a nkg:Country"), "error", "<id/norway>", "rdfs:label");
    }

    @Test
    void a_sentence_without_a_fact_stops_start_up() throws IOException {
        Files.writeString(text, "Denmark is not in the data.\n", StandardOpenOption.APPEND);
        assertReported(serve(), text, lineOf(text, "Denmark"), "error", "is cited by no fact");
    }

    @Test
    void a_fact_without_a_sentence_stops_start_up() throws IOException {
        replace(facts, "prov:wasDerivedFrom src:s3 ;", "prov:wasDerivedFrom src:s3 , src:s9 ;");
        assertReported(serve(), facts, lineOf(facts, "fact:norway-will-provide-troops a nkg:Fact"), "error", "id/source/s9");
    }

    @Test
    void every_problem_is_listed_at_once() throws IOException {
        replace(entities, "rdfs:label \"Norway\"@en , \"Norge\"@nb .", "rdfs:label \"Norway\"@en .");
        Files.writeString(text, "Denmark is not in the data.\n", StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("queries/broken.rq"), "SELECT * WHERE { ?s ?p }\n");
        Run run = serve();
        assertReported(run, entities, lineOf(entities, ":norway a nkg:Country"), "error", "rdfs:label");
        assertReported(run, text, lineOf(text, "Denmark"), "error", "is cited by no fact");
        assertReported(run, dir.resolve("queries/broken.rq"), 1, "error");
        assertTrue(run.err().contains("3 errors"), run.toString());
    }
}
