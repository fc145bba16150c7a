package no.eukg.web.linked;

import static no.eukg.linked.LinkedFixture.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.eukg.export.Prefixes;
import no.eukg.graph.Store;
import no.eukg.linked.Describer;
import no.eukg.linked.LinkedFixture;
import no.eukg.web.QueryLink;

/** The resource page's view model: what the template is given. */
class ResourcePageTest {
    private static Store store;
    private static Describer describer;
    private static final List<QueryLink> QUERIES = List.of(
            new QueryLink("entity-neighbourhood", "The neighbourhood of an entity", ""),
            new QueryLink("fact-sources", "The source sentences of any fact", ""),
            new QueryLink("which-regions", "Which regions", ""));

    @BeforeAll
    static void load() {
        store = LinkedFixture.store();
        describer = new Describer(store, Duration.ofSeconds(10));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static ResourcePage page() {
        return new ResourcePage(new Links(LinkedFixture.NAMESPACE, LinkedFixture.BASE), new Prefixes(LinkedFixture.NAMESPACE), QUERIES);
    }

    private static List<String> queryHrefs(ResourceView view) {
        return view.queryLinks().stream().map(ResourceView.NamedLink::href).toList();
    }

    @Test
    void entities_link_the_neighbourhood_query_with_their_iri_and_facts_also_their_sources() {
        List<String> entity = queryHrefs(page().model(describer.describe(id("norway"), false), "norway", "en", false));
        assertTrue(entity.contains(LinkedFixture.BASE + "api/queries/entity-neighbourhood?entity=" + java.net.URLEncoder.encode(LinkedFixture.NAMESPACE.resources() + "norway", java.nio.charset.StandardCharsets.UTF_8)), entity.toString());
        assertFalse(entity.stream().anyMatch(h -> h.contains("fact-sources") || h.contains("which-regions")));
        assertTrue(entity.get(0).startsWith(LinkedFixture.BASE + "sparql?query=DESCRIBE"));

        List<String> fact = queryHrefs(page().model(describer.describe(id("fact/norway-cooperates-with-eu"), false),
                "fact/norway-cooperates-with-eu", "en", false));
        assertTrue(fact.stream().anyMatch(h -> h.contains("api/queries/fact-sources?fact=")), fact.toString());
    }

    @Test
    void labels_follow_the_language_and_fall_back_to_english() {
        assertEquals("Norge", page().model(describer.describe(id("norway"), false), "norway", "nb", false).label());
        assertEquals("Norway", page().model(describer.describe(id("norway"), false), "norway", "en", false).label());
        assertEquals("Markup-test", page().model(describer.describe(id("markup"), false), "markup", "nb", false).label());
    }

    @Test
    void mentions_are_marked_in_their_sentence() {
        ResourceView view = page().model(describer.describe(id("tromsø"), false), "tromsø", "en", false);
        String quoted = view.mentions().toString();
        assertTrue(quoted.contains("text=Tromsø, mark=true"), quoted);
        assertTrue(quoted.contains("href=" + LinkedFixture.BASE + "source#s2"), quoted);
    }

    @Test
    void a_statement_only_a_planned_fact_makes_is_shown_and_marked_as_not_stated_as_the_case() {
        ResourceView view = page().model(describer.describe(id("norway"), false), "norway", "en", false);
        Map<String, Boolean> asserted = new java.util.TreeMap<>();
        for (ResourceView.Relation group : view.outgoing())
            for (ResourceView.RelationValue value : group.values())
                asserted.put(group.property().label() + " " + value.label(), value.asserted());
        // "Norway meets the EU in Tromsø" is planned: not in the default graph, shown all the same, marked.
        assertEquals(Boolean.FALSE, asserted.entrySet().stream().filter(e -> e.getKey().contains("Tromsø"))
                .map(Map.Entry::getValue).findFirst().orElse(null), asserted.toString());
        assertEquals(Boolean.TRUE, asserted.entrySet().stream().filter(e -> e.getKey().endsWith(" European Union"))
                .map(Map.Entry::getValue).findFirst().orElse(null), asserted.toString());
        // On Tromsø's page the planned meetings are its only incoming links: counted as shown.
        ResourceView tromso = page().model(describer.describe(id("tromsø"), false), "tromsø", "en", false);
        assertEquals(2L, tromso.incomingShown(), tromso.incoming().toString());
        assertEquals(2L, tromso.incomingTotal());
    }
}
