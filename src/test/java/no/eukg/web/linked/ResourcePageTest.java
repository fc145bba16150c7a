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
            new QueryLink("entity-neighbourhood", "The neighbourhood of an entity", "", "entities"),
            new QueryLink("fact-sources", "The source sentences of any fact", "", "provenance"),
            new QueryLink("which-regions", "Which regions", "", "regions"));

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

    /** The fixture's ontology is in its default graph. */
    private static org.apache.jena.graph.Graph vocabulary() {
        return store.dataset().getDefaultGraph();
    }

    private static List<String> queryHrefs(ResourceView view) {
        return view.queryLinks().stream().map(ResourceView.NamedLink::href).toList();
    }

    @Test
    void the_switch_to_the_other_language_names_the_resource_only_in_that_language() {
        ResourceView norway = page().model(describer.describe(id("norway"), false), vocabulary(), "norway", "en", false);
        assertEquals(java.util.Optional.of("Norge"), norway.languageSwitch().label());
        // A sentence of the English source has no Norwegian name: the link says the language alone.
        ResourceView sentence = page().model(describer.describe(id("source/s1"), false), vocabulary(), "source/s1", "en", false);
        assertEquals(java.util.Optional.empty(), sentence.languageSwitch().label(), sentence.label());
    }

    @Test
    void a_fact_is_titled_by_what_it_states_not_by_its_slug() {
        ResourceView en = page().model(describer.describe(id("fact/norway-cooperates-with-eu"), false), vocabulary(),
                "fact/norway-cooperates-with-eu", "en", false);
        assertEquals("Norway cooperates with European Union", en.label());
        ResourceView nb = page().model(describer.describe(id("fact/norway-cooperates-with-eu"), false), vocabulary(),
                "fact/norway-cooperates-with-eu", "nb", false);
        assertEquals("Norge samarbeider med Den europeiske union", nb.label());
    }

    @Test
    void the_neighbourhood_draws_the_most_closely_tied_neighbours_first() {
        // The shipped graph: Norway has far more neighbours than are drawn; the EU, in most of its facts, is one.
        java.nio.file.Path shipped = java.nio.file.Path.of(".");
        no.eukg.graph.Namespace ns = new no.eukg.graph.ProjectFiles(shipped).namespace();
        try (Store big = new no.eukg.graph.LocalStore(no.eukg.graph.ProjectGraph.load(new no.eukg.graph.ProjectFiles(shipped)), "mem", () -> { })) {
            Describer d = new Describer(big, Duration.ofSeconds(10));
            Links links = new Links(ns, "http://kg.test/");
            ResourcePage page = new ResourcePage(links, new Prefixes(ns), QUERIES);
            ResourceView norway = page.model(d.describe(org.apache.jena.graph.NodeFactory.createURI(ns.iri() + "id/norway"), false),
                    big.dataset().getDefaultGraph(), "norway", "en", false);
            NeighbourhoodDrawing.Picture picture = norway.neighbourhood().orElseThrow();
            assertTrue(picture.more().isPresent(), "more neighbours than are drawn");
            assertTrue(picture.nodes().stream().anyMatch(n -> n.href().equals("http://kg.test/page/eu")),
                    "the EU is drawn: " + picture.nodes().stream().map(NeighbourhoodDrawing.NodeMark::title).toList());
        }
    }

    @Test
    void what_refers_to_a_resource_reads_backwards_by_the_ontologys_inverse_labels() {
        ResourceView en = page().model(describer.describe(id("tromsø"), false), vocabulary(), "tromsø", "en", false);
        ResourceView nb = page().model(describer.describe(id("tromsø"), false), vocabulary(), "tromsø", "nb", false);
        assertEquals(List.of("where meets"), en.incoming().stream().map(r -> r.property().label()).toList());
        assertEquals(List.of("møtested for"), nb.incoming().stream().map(r -> r.property().label()).toList());
        // A property without one reads as its own name after an arrow, never as "is ... of".
        ResourceView eu = page().model(describer.describe(id("eu"), false), vocabulary(), "eu", "en", false);
        assertTrue(eu.incoming().stream().map(r -> r.property().label()).anyMatch(l -> l.equals("\u2190 cooperates with")),
                eu.incoming().toString());
    }

    @Test
    void entities_link_the_neighbourhood_query_with_their_iri_and_facts_also_their_sources() {
        List<String> entity = queryHrefs(page().model(describer.describe(id("norway"), false), vocabulary(), "norway", "en", false));
        assertTrue(entity.contains(LinkedFixture.BASE + "api/queries/entity-neighbourhood?entity=" + java.net.URLEncoder.encode(LinkedFixture.NAMESPACE.resources() + "norway", java.nio.charset.StandardCharsets.UTF_8)), entity.toString());
        assertFalse(entity.stream().anyMatch(h -> h.contains("fact-sources") || h.contains("which-regions")));
        assertTrue(entity.get(0).startsWith(LinkedFixture.BASE + "sparql?query=DESCRIBE"));

        List<String> fact = queryHrefs(page().model(describer.describe(id("fact/norway-cooperates-with-eu"), false), vocabulary(),
                "fact/norway-cooperates-with-eu", "en", false));
        assertTrue(fact.stream().anyMatch(h -> h.contains("api/queries/fact-sources?fact=")), fact.toString());
    }

    @Test
    void labels_follow_the_language_and_fall_back_to_english() {
        assertEquals("Norge", page().model(describer.describe(id("norway"), false), vocabulary(), "norway", "nb", false).label());
        assertEquals("Norway", page().model(describer.describe(id("norway"), false), vocabulary(), "norway", "en", false).label());
        assertEquals("Markup-test", page().model(describer.describe(id("markup"), false), vocabulary(), "markup", "nb", false).label());
    }

    @Test
    void mentions_are_marked_in_their_sentence() {
        ResourceView view = page().model(describer.describe(id("tromsø"), false), vocabulary(), "tromsø", "en", false);
        String quoted = view.mentions().toString();
        assertTrue(quoted.contains("text=Tromsø, mark=true"), quoted);
        assertTrue(quoted.contains("href=" + LinkedFixture.BASE + "source#s2"), quoted);
    }

    @Test
    void a_statement_only_a_planned_fact_makes_is_shown_and_marked_as_not_stated_as_the_case() {
        ResourceView view = page().model(describer.describe(id("norway"), false), vocabulary(), "norway", "en", false);
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
        ResourceView tromso = page().model(describer.describe(id("tromsø"), false), vocabulary(), "tromsø", "en", false);
        assertEquals(2L, tromso.incomingShown(), tromso.incoming().toString());
        assertEquals(2L, tromso.incomingTotal());
    }
}
