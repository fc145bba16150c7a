package no.eukg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import no.eukg.graph.ProjectFiles;
import no.eukg.testing.AnswerTable;
import no.eukg.testing.Http;
import no.eukg.testing.TestServer;

/**
 * Every shipped query against its expected answer on the shipped graph, through the Web API, so a
 * change to the data or a query that changes an answer is caught. Expected answers are TSV files
 * (first line the variables; IRIs relative to the canonical namespace; literals as their lexical form):
 * {@code competency/NAME.tsv} for queries without parameters, and
 * {@code competency-api/NAME-CASE.tsv} with the request's parameters in {@code NAME-CASE.params}
 * ({@code name=value} lines, {@code {namespace}} standing for the project's canonical namespace).
 */
class CompetencyQueriesIT {
    private static final Path COMPETENCY = Path.of("src/test/resources/competency");
    private static final Path API = Path.of("src/test/resources/competency-api");
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.over(TestServer.shippedProject(), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> queryNames() {
        return new ProjectFiles(TestServer.shippedProject()).queryFiles().stream()
                .map(p -> p.getFileName().toString().replaceFirst("\\.rq$", "")).sorted().toList();
    }

    @Test
    void every_shipped_query_has_an_expected_answer() {
        List<String> missing = new ArrayList<>();
        for (String name : queryNames())
            if (!Files.exists(COMPETENCY.resolve(name + ".tsv")) && cases(name).isEmpty())
                missing.add(name);
        assertEquals(List.of(), missing, "queries without an expected answer in " + COMPETENCY + " or " + API);
        assertTrue(queryNames().size() >= 20, "the issue asks for at least 20 queries");
    }

    @Test
    void every_expected_answer_belongs_to_a_query() {
        Set<String> names = new TreeSet<>(queryNames());
        List<String> orphans = new ArrayList<>();
        for (Path tsv : list(COMPETENCY))
            if (!names.contains(tsv.getFileName().toString().replaceFirst("\\.tsv$", "")))
                orphans.add(tsv.toString());
        for (Path tsv : list(API))
            if (names.stream().noneMatch(n -> tsv.getFileName().toString().startsWith(n + "-")))
                orphans.add(tsv.toString());
        assertEquals(List.of(), orphans);
    }

    @TestFactory
    Stream<DynamicTest> each_query_gives_its_expected_answer() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : queryNames()) {
            Path plain = COMPETENCY.resolve(name + ".tsv");
            if (Files.exists(plain))
                tests.add(DynamicTest.dynamicTest(name, () -> check(name, plain, List.of())));
            for (Path tsv : cases(name)) {
                Path params = Path.of(tsv.toString().replaceFirst("\\.tsv$", ".params"));
                assertTrue(Files.exists(params), "no parameters for " + tsv);
                tests.add(DynamicTest.dynamicTest(tsv.getFileName().toString(), () -> check(name, tsv, read(params))));
            }
        }
        return tests.stream();
    }

    private static void check(String name, Path expectedFile, List<String> params) {
        StringBuilder url = new StringBuilder(server.url("/api/queries/" + name + ".json"));
        char sep = '?';
        for (String p : params) {
            if (p.isBlank())
                continue;
            int eq = p.indexOf('=');
            String value = p.substring(eq + 1).replace("{namespace}", server.ns());
            url.append(sep).append(URLEncoder.encode(p.substring(0, eq), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            sep = '&';
        }
        HttpResponse<String> r = Http.get(url.toString());
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<Var> vars = rs.getResultVars().stream().map(Var::alloc).toList();
        java.util.Iterator<Binding> solutions = new java.util.Iterator<>() {
            @Override public boolean hasNext() { return rs.hasNext(); }
            @Override public Binding next() { return rs.nextBinding(); }
        };
        AnswerTable actual = AnswerTable.of(vars, solutions, server.ns());
        AnswerTable expected = AnswerTable.read(expectedFile);
        assertEquals(expected, actual, name + " against " + expectedFile + "\n" + expected.diff(actual));
    }

    private static List<Path> cases(String name) {
        return list(API).stream()
                .filter(p -> p.getFileName().toString().startsWith(name + "-") && p.toString().endsWith(".tsv"))
                // "facts-of-a-modality-sought" is not a case of a query named "facts-of-a"
                .filter(p -> queryNames().stream().filter(n -> p.getFileName().toString().startsWith(n + "-"))
                        .max(java.util.Comparator.comparingInt(String::length)).orElse("").equals(name))
                .toList();
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir))
            return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
