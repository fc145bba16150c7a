package no.eukg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;
import no.eukg.testing.AnswerTable;

/**
 * The competency questions of docs/modelling.md, asked of the shipped graph: every query in
 * {@code queries/} must return exactly the answer written down from the text in
 * {@code src/test/resources/competency/<name>.tsv} (tab-separated, variable names first, rows in
 * ORDER BY order, IRIs relative to the project's canonical namespace, literals as their lexical form, unbound as empty).
 * Queries tagged {@code api} are for the API alone and need no expected answer.
 */
class CompetencyQuestionsTest {
    private static final ProjectFiles PROJECT = new ProjectFiles(Path.of("."));
    private static final String BASE = PROJECT.namespace().iri();
    private static final Path EXPECTED = Path.of("src/test/resources/competency");
    private static final int AT_LEAST = 20;

    private static DatasetGraph graph;

    @BeforeAll
    static void load_the_shipped_graph() {
        graph = ProjectGraph.load(PROJECT);
    }

    @Test
    void there_are_at_least_20_competency_queries() {
        List<Path> competency = PROJECT.queryFiles().stream().filter(q -> !isApiOnly(q)).toList();
        assertTrue(competency.size() >= AT_LEAST,
                "only " + competency.size() + " competency queries in " + PROJECT.queriesDir() + ", need " + AT_LEAST);
    }

    @Test
    void every_expected_answer_has_its_query() throws IOException {
        Set<String> queries = PROJECT.queryFiles().stream().map(CompetencyQuestionsTest::name).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(EXPECTED)) {
            List<String> orphans = files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".tsv") && !queries.contains(f.substring(0, f.length() - 4)))
                    .sorted().toList();
            assertEquals(List.of(), orphans, "expected answers in " + EXPECTED + " with no query in " + PROJECT.queriesDir());
        }
    }

    @TestFactory
    Stream<DynamicTest> each_query_returns_the_answer_taken_from_the_text() {
        return PROJECT.queryFiles().stream()
                .filter(q -> Files.exists(expectedFile(q)) || !isApiOnly(q))
                .map(q -> DynamicTest.dynamicTest(name(q), q.toUri(), () -> check(q)));
    }

    private static void check(Path queryFile) throws IOException {
        Path expectedFile = expectedFile(queryFile);
        if (!Files.exists(expectedFile))
            fail("every competency query needs an expected answer: " + queryFile + " has none at " + expectedFile);
        Query query = QueryFactory.create(Files.readString(queryFile, StandardCharsets.UTF_8), BASE);
        assertTrue(query.isSelectType(), queryFile + ": a competency query is a SELECT query");
        AnswerTable expected = AnswerTable.read(expectedFile);
        AnswerTable actual;
        try (QueryExec exec = QueryExec.dataset(graph).query(query).build()) {
            RowSet rows = exec.select();
            actual = AnswerTable.of(rows.getResultVars(), rows, BASE);
        }
        assertEquals(expected.vars(), actual.vars(), queryFile + ": the variables differ from " + expectedFile);
        if (!query.hasOrderBy()) {
            // Without ORDER BY the order is the engine's choice: compare as bags.
            expected = expected.sorted();
            actual = actual.sorted();
        }
        if (!expected.equals(actual))
            fail(queryFile + " does not return " + expectedFile + "\n" + expected.diff(actual));
    }

    private static String name(Path queryFile) {
        String file = queryFile.getFileName().toString();
        return file.substring(0, file.length() - ".rq".length());
    }

    private static Path expectedFile(Path queryFile) {
        return EXPECTED.resolve(name(queryFile) + ".tsv");
    }

    /** Whether the grlc header's {@code tags} include {@code api}. */
    private static boolean isApiOnly(Path queryFile) {
        return tags(queryFile).contains("api");
    }

    private static Set<String> tags(Path queryFile) {
        String header;
        try {
            header = Files.readAllLines(queryFile, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("#+"))
                    .map(l -> l.substring(2).startsWith(" ") ? l.substring(3) : l.substring(2))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Object yaml = header.isBlank() ? null : new Yaml().load(header);
        Object tags = yaml instanceof Map<?, ?> m ? m.get("tags") : null;
        Set<String> out = new TreeSet<>();
        if (tags instanceof Collection<?> c)
            c.forEach(t -> out.add(String.valueOf(t)));
        else if (tags != null)
            out.add(String.valueOf(tags));
        return out;
    }
}
