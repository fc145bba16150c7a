package no.eukg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped graph's default graph is truthful: it holds the statements of every fact the page
 * states as the case (an asserted modality), and no statement that only a fact of intent, plan,
 * aim, hypothesis, possibility or development states. The full facts stay in their named graphs.
 */
class TruthyDefaultGraphTest {
    private static final String NKG = new ProjectFiles(Path.of(".")).namespace().ontologyTerms();
    private static final Node FACT = NodeFactory.createURI(NKG + "Fact");
    private static final Node MODALITY = NodeFactory.createURI(NKG + "modality");
    private static final Node ASSERTED = NodeFactory.createURI(NKG + "AssertedModality");
    private static final Node TYPE = RDF.type.asNode();

    private static DatasetGraph graph;
    private static Graph dft;
    private static final List<Node> asserted = new ArrayList<>();
    private static final List<Node> intent = new ArrayList<>();

    @BeforeAll
    static void load_the_shipped_graph() {
        graph = ProjectGraph.load(new ProjectFiles(Path.of(".")));
        dft = graph.getDefaultGraph();
        dft.find(Node.ANY, TYPE, FACT).forEachRemaining(t -> {
            Node fact = t.getSubject();
            Node modality = dft.find(fact, MODALITY, Node.ANY).next().getObject();
            (dft.contains(modality, TYPE, ASSERTED) ? asserted : intent).add(fact);
        });
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NKG + local);
    }

    private static Node id(String name) {
        return NodeFactory.createURI(new ProjectFiles(Path.of(".")).namespace().resources() + name);
    }

    @Test
    void the_asserted_modalities_are_done_ongoing_habitual_and_assessment() {
        Set<String> declared = new TreeSet<>();
        dft.find(Node.ANY, TYPE, ASSERTED).forEachRemaining(t -> declared.add(t.getSubject().getURI().substring(NKG.length())));
        assertEquals(new TreeSet<>(List.of("Assessment", "Done", "Habitual", "Ongoing")), declared);
        for (String m : List.of("Planned", "Sought", "Goal", "Hypothetical", "Possible", "InDevelopment")) {
            assertTrue(dft.contains(term(m), TYPE, term("Modality")), m + " is a modality");
            assertFalse(dft.contains(term(m), TYPE, ASSERTED), m + " is not asserted");
        }
    }

    @Test
    void the_shipped_graph_has_facts_of_both_kinds() {
        assertTrue(asserted.size() > 50, "asserted facts: " + asserted.size());
        assertTrue(intent.size() > 10, "facts of intent: " + intent.size());
    }

    @Test
    void every_statement_of_an_asserted_fact_is_in_the_default_graph() {
        List<String> missing = new ArrayList<>();
        for (Node fact : asserted)
            graph.getGraph(fact).find().forEachRemaining(t -> {
                if (!dft.contains(t))
                    missing.add(fact.getURI() + ": " + t);
            });
        assertEquals(List.of(), missing);
    }

    @Test
    void no_statement_that_only_a_fact_of_intent_states_is_in_the_default_graph() {
        Set<Triple> stated = new HashSet<>();
        for (Node fact : asserted)
            graph.getGraph(fact).find().forEachRemaining(stated::add);
        List<String> leaked = new ArrayList<>();
        int intentOnly = 0;
        for (Node fact : intent)
            for (Triple t : graph.getGraph(fact).find().toList()) {
                if (stated.contains(t))
                    continue;
                intentOnly++;
                if (dft.contains(t))
                    leaked.add(fact.getURI() + ": " + t);
            }
        assertEquals(List.of(), leaked);
        assertTrue(intentOnly > 10, "only " + intentOnly + " statements are stated by facts of intent alone");
    }

    @Test
    void the_overstatements_of_issue_11_are_gone_from_the_default_graph() {
        // "Norway seeks to strengthen cooperation with the countries of origin and transit" (s22)
        assertFalse(dft.contains(id("norway"), term("strengthens"), id("cooperation-with-countries-of-origin-and-transit")));
        // "Norway will provide standby troops for EU battle groups in 2015" (s30)
        assertFalse(dft.contains(id("standby-troops-2015"), term("contributor"), id("norway")));
        // "The aim is to promote human rights ... in these countries" (s23)
        assertFalse(dft.contains(id("cooperation-with-countries-of-origin-and-transit"), term("promotes"), id("human-rights")));
        // ... while what the page states as the case is there
        assertTrue(dft.contains(id("norway"), term("participatesIn"), id("eu-led-operations")), "has participated (s31)");
        assertTrue(dft.contains(id("norway"), term("supports"), id("european-neighbourhood-policy")), "supports (s26)");
    }

    @Test
    void every_fact_stays_in_its_named_graph_with_its_description_in_the_default_graph() {
        List<Node> all = new ArrayList<>(asserted);
        all.addAll(intent);
        for (Node fact : all) {
            assertTrue(graph.containsGraph(fact), fact + " has its named graph");
            assertFalse(graph.getGraph(fact).isEmpty(), fact + " states something");
            assertTrue(dft.contains(fact, term("modality"), Node.ANY), fact + " has its modality in the default graph");
        }
    }
}
