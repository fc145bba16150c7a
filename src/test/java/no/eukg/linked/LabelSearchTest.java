package no.eukg.linked;

import static no.eukg.linked.LinkedFixture.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import no.eukg.graph.Store;

/** Both label searches, the Lucene index and the SPARQL fallback, on the fixture. */
class LabelSearchTest {
    private static Store store;
    private static LabelSearch lucene;
    private static LabelSearch sparql;

    @BeforeAll
    static void load() {
        store = LinkedFixture.store();
        lucene = LuceneLabelSearch.build(store);
        sparql = new SparqlLabelSearch(store, Duration.ofSeconds(10));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<LabelSearch> both() { return List.of(lucene, sparql); }

    @Test
    void an_index_filled_in_the_background_answers_only_once_it_is_full() {
        // Many labels, so that filling takes a while after the store is handed back.
        org.apache.jena.sparql.core.DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        org.apache.jena.system.Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 50_000; i++)
                dsg.getDefaultGraph().add(org.apache.jena.graph.NodeFactory.createURI("http://example.org/id/e" + i),
                        org.apache.jena.vocabulary.RDFS.label.asNode(), org.apache.jena.graph.NodeFactory.createLiteralLang("entity number " + i, "en"));
        });
        try (Store indexed = LuceneLabelSearch.withTextIndex(new no.eukg.graph.LocalStore(dsg, "mem", () -> { }), true)) {
            List<SearchHit> hits = LuceneLabelSearch.build(indexed).search("49999", 5);
            assertEquals(1, hits.size(), "the last label filled is found at once: the search waited for the index");
            assertEquals("http://example.org/id/e49999", hits.get(0).resource().getURI());
        }
    }

    @Test
    void an_exact_label_ranks_first_above_longer_labels_containing_it() {
        for (LabelSearch s : both()) {
            List<SearchHit> hits = s.search("Norway", 10);
            assertEquals(id("norway"), hits.get(0).resource(), s.getClass().getSimpleName() + ": " + hits);
            assertTrue(hits.stream().anyMatch(h -> h.resource().equals(id("mission"))), s.getClass().getSimpleName() + ": " + hits);
        }
    }

    @Test
    void norwegian_labels_are_found() {
        for (LabelSearch s : both()) {
            List<SearchHit> hits = s.search("europeiske", 10);
            assertEquals(id("eu"), hits.get(0).resource(), s.getClass().getSimpleName());
            assertEquals("nb", hits.get(0).label().getLiteralLanguage());
        }
    }

    @Test
    void alternative_labels_are_found_and_exact_ones_rank_first() {
        assertEquals(id("eu"), lucene.search("EU", 10).get(0).resource());
        assertEquals(id("eu"), sparql.search("EU", 10).get(0).resource());
    }

    @Test
    void the_index_matches_word_prefixes_and_ignores_diacritics() {
        assertEquals(id("norway"), lucene.search("Norg", 10).get(0).resource());
        assertEquals(id("tromsø"), lucene.search("tromso", 10).get(0).resource());
        assertEquals(id("tromsø"), lucene.search("Tromsø", 10).get(0).resource());
    }

    @Test
    void a_star_ending_a_word_means_starts_with_as_users_type_it() {
        for (LabelSearch s : both()) {
            List<SearchHit> hits = s.search("Icel*", 10);
            assertFalse(hits.isEmpty(), s.getClass().getSimpleName() + " finds nothing for Icel*");
            assertEquals(id("iceland"), hits.get(0).resource(), s.getClass().getSimpleName() + ": " + hits);
            assertEquals(id("norwegian-sea"), s.search("Norwegian S*", 10).get(0).resource(), s.getClass().getSimpleName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "a:b", "(", "*", "AND", "\\", "[x TO y]", "~", "?"})
    void query_syntax_characters_are_searched_as_text_not_parsed(String q) {
        for (LabelSearch s : both())
            s.search(q, 10); // must not throw
    }

    @Test
    void one_hit_per_resource() {
        List<SearchHit> hits = lucene.search("Norge", 10);
        assertEquals(hits.size(), hits.stream().map(SearchHit::resource).distinct().count());
        assertFalse(hits.isEmpty());
    }
}
