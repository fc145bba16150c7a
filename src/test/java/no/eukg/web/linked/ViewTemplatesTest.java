package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import no.eukg.web.Templates;
import no.eukg.web.linked.ResourceView.Fact;
import no.eukg.web.linked.ResourceView.LanguageSwitch;
import no.eukg.web.linked.ResourceView.Relation;
import no.eukg.web.linked.ResourceView.RelationValue;
import no.eukg.web.linked.Segments.Segment;

/**
 * The view records reach the HTML through Mustache's resolution of record accessors: a template
 * that found none would render its sections empty and not fail, so these look for the values.
 */
class ViewTemplatesTest {
    private final Templates templates = new Templates();

    @Test
    void a_has_flag_opens_its_section_and_a_nested_record_fills_it() {
        SearchView found = new SearchView("en", "norway", List.of(new SearchView.Result("http://kg.test/page/norway", "Norway",
                "en", "https://kg.test/id/norway")), "http://kg.test/search.json?q=norway");
        String html = templates.render("search", found);
        assertTrue(html.contains("<ol class=\"search-results\" id=\"results\">"), html);
        assertTrue(html.contains("<li><a href=\"http://kg.test/page/norway\">Norway</a> <span class=\"tag\">@en</span>"), html);
        assertTrue(html.contains("<title>Search: norway · "), html);
        assertFalse(html.contains("no-results"), html);

        String none = templates.render("search", new SearchView("en", "zzz", List.of(), "http://kg.test/search.json?q=zzz"));
        assertTrue(none.contains("<p id=\"no-results\">Nothing found for “zzz”.</p>"), none);
        assertFalse(none.contains("search-results"), none);
    }

    @Test
    void a_relation_value_shows_its_own_label_and_facts_not_the_pages() {
        NodeView eu = NodeView.ofResource("European Union", "http://kg.test/page/eu", "https://kg.test/id/eu");
        Fact fact = new Fact("http://kg.test/page/fact/f1", Optional.of("planned"), List.of(),
                List.of(new ResourceView.Quote("s2", "http://kg.test/source#s2", List.of(new Segment("Norway", true),
                        new Segment(" meets the EU.", false)))));
        Relation relation = new Relation(NodeView.ofResource("cooperates with", "http://kg.test/ontology#cooperatesWith",
                "https://kg.test/ontology#cooperatesWith"), List.of(new RelationValue(eu, false, List.of(fact))));
        ResourceView view = new ResourceView("Norway", "en", "https://kg.test/id/norway", Optional.empty(), List.of(), List.of(),
                new LanguageSwitch("http://kg.test/page/norway?lang=nb", "nb", "Norsk (bokmål)", Optional.of("Norge")), List.of(relation),
                Optional.empty(), List.of(), 0, 0, Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), List.of(), List.of(),
                Optional.empty());
        String html = templates.render("resource", view);
        assertTrue(html.contains("<li class=\"value unasserted\"><a href=\"http://kg.test/page/eu\">European Union</a>"), html);
        assertTrue(html.contains("<ul class=\"facts\"><li class=\"fact\"><a class=\"fact-link\" href=\"http://kg.test/page/fact/f1\">fact</a>"
                + " <span class=\"modality tag\">planned</span>"), html);
        assertTrue(html.contains("<mark>Norway</mark> meets the EU. <a class=\"sid\" href=\"http://kg.test/source#s2\">s2</a>"), html);
        assertTrue(html.contains("lang=\"nb\">Norsk (bokmål): Norge</a>"), html);
        assertFalse(html.contains("Referred to by"), "no incoming links, no heading: " + html);
    }
}
