package no.eukg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;

import no.eukg.graph.LocalStore;
import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;

/** What {@link QueryService} sends to the store for a request: what the benchmarks send bare Fuseki. */
class QueryServiceTest {
    private static final ProjectFiles PROJECT = new ProjectFiles(Path.of("src/test/resources/queries-api/project"));

    private static QueryService service(LocalStore store) {
        return new QueryService(QueryCatalogue.load(PROJECT.queryFiles(), PROJECT.namespace()), store, Duration.ofSeconds(10));
    }

    @Test
    void a_page_is_sent_with_its_offset_and_one_more_than_a_page() {
        try (LocalStore store = new LocalStore(ProjectGraph.load(PROJECT), "mem", () -> { })) {
            QueryService service = service(store);
            Query second = service.sent(service.bind("countries", Map.of("page", List.of("2")))).orElseThrow();
            assertEquals(1, second.getOffset(), "pagination 1: page 2 starts after one row");
            assertEquals(2, second.getLimit(), "one more than a page says whether there is a next one");
            QueryResult.Rows rows = (QueryResult.Rows) service.run(service.bind("countries", Map.of("page", List.of("1"))));
            assertEquals(1, rows.rows().size());
            assertTrue(rows.hasNext());
        }
    }

    @Test
    void a_parameter_is_sent_as_a_term_in_the_parsed_query() {
        try (LocalStore store = new LocalStore(ProjectGraph.load(PROJECT), "mem", () -> { })) {
            QueryService service = service(store);
            String sent = service.sent(service.bind("label-search", Map.of("q", List.of("x\" } DROP ALL #")))).orElseThrow().serialize();
            assertTrue(sent.contains("\"x\\\" } DROP ALL #\""), sent);
        }
    }
}
