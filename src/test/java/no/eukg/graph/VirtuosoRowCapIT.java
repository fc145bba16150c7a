package no.eukg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.eukg.query.CannedQuery;
import no.eukg.query.QueryCatalogue;
import no.eukg.query.QueryResult;
import no.eukg.query.QueryService;
import no.eukg.testing.CannedRuns;
import no.eukg.testing.TestServer;
import no.eukg.testing.Virtuoso;

/**
 * Canned answers bigger than the store's row cap: a real Virtuoso whose {@code ResultSetMaxRows}
 * is 20, far below many of the shipped graph's answers. Each such answer is read whole in pages,
 * checked against Virtuoso's own count, and sorted and cut as its query says, so every canned
 * query answers as over the in-memory store, in the same order.
 */
class VirtuosoRowCapIT {
    private static final Path PROJECT = TestServer.shippedProject();
    private static final Namespace NS = new ProjectFiles(PROJECT).namespace();
    private static final int ROW_CAP = 20;
    @TempDir static Path dir;
    private static TestServer local;
    private static Virtuoso virtuoso;
    private static QueryService mem;
    private static QueryService capped;

    @BeforeAll
    static void start() throws Exception {
        local = TestServer.over(PROJECT, Duration.ofSeconds(30));
        virtuoso = Virtuoso.holding(local, dir, ROW_CAP, NS);
        QueryCatalogue catalogue = QueryCatalogue.load(new ProjectFiles(PROJECT).queryFiles(), NS);
        mem = new QueryService(catalogue, local.store(), Duration.ofSeconds(30));
        capped = new QueryService(catalogue, new RemoteStore(virtuoso.endpoint(), NS), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (virtuoso != null) virtuoso.close();
        if (local != null) local.close();
    }

    @Test
    void answers_past_the_cap_are_whole_and_in_the_querys_order() {
        Map<String, String> expected = CannedRuns.all(mem, NS.iri());
        Map<String, String> actual = CannedRuns.all(capped, NS.iri());
        long past = expected.values().stream().filter(a -> a.lines().count() > ROW_CAP + 1).count();
        assertTrue(past >= 10, "answers bigger than the cap, to read in pages: " + past);
        expected.forEach((run, answer) -> assertEquals(answer, actual.get(run), run));

        int ordered = 0;
        for (CannedQuery q : mem.catalogue().queries()) {
            if (!q.query().isSelectType() || !q.query().hasOrderBy())
                continue;
            var asked = CannedRuns.requiredValues(mem, q, NS.iri());
            QueryResult.Rows a = (QueryResult.Rows) mem.run(mem.bind(q.name(), asked));
            if (a.rows().size() <= ROW_CAP)
                continue;
            QueryResult.Rows b = (QueryResult.Rows) capped.run(capped.bind(q.name(), asked));
            // Ties may come in any order; the sequence of the sort keys may not.
            assertEquals(keys(q, a), keys(q, b), q.name() + ": the query's order");
            ordered++;
        }
        assertTrue(ordered >= 5, "ordered answers past the cap: " + ordered);
    }

    private static List<String> keys(CannedQuery q, QueryResult.Rows r) {
        List<String> keys = new ArrayList<>();
        for (Binding b : r.rows()) {
            StringBuilder k = new StringBuilder();
            for (SortCondition c : q.query().getOrderBy())
                c.getExpression().getVarsMentioned().forEach(v -> k.append(b.get(v)).append(' '));
            keys.add(k.toString());
        }
        return keys;
    }
}
