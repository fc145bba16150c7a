package no.eukg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryDepthTest {
    @Test
    void groups_and_expressions_count_as_nesting() {
        assertEquals(1, QueryDepth.of("SELECT * WHERE { ?s ?p ?o }"));
        assertEquals(3, QueryDepth.of("SELECT * WHERE { OPTIONAL { FILTER(?x) } }"));
        assertEquals(2, QueryDepth.of("SELECT (COUNT(*) AS ?n) WHERE { }"));
    }

    @Test
    void brackets_in_strings_iris_and_comments_do_not_count() {
        assertEquals(1, QueryDepth.of("SELECT * WHERE { ?s ?p \"{{{{((\" }"));
        assertEquals(1, QueryDepth.of("SELECT * WHERE { ?s <http://x/{{{{> ?o }"));
        assertEquals(1, QueryDepth.of("SELECT * WHERE { ?s ?p ?o } # {{{{{{\n"));
        assertEquals(1, QueryDepth.of("SELECT * WHERE { ?s ?p '''{{ \n (( ''' }"));
        assertEquals(2, QueryDepth.of("SELECT * WHERE { FILTER(?a < 3 && ?b > 2) }"));
    }

    @Test
    void a_deep_query_measures_its_depth() {
        assertEquals(500, QueryDepth.of("SELECT * WHERE " + "{".repeat(500) + "}".repeat(500)));
    }
}
