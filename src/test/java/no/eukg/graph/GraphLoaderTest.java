package no.eukg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader's rule for the default graph, over a small TriG file: a fact's statements are copied
 * into the default graph only when the default graph describes it as an {@code nkg:Fact} whose
 * every {@code nkg:modality} is an {@code nkg:AssertedModality}; every named graph stays as it is.
 */
class GraphLoaderTest {
    private static final Namespace NS = new Namespace("https://w3id.org/eukg-test/");
    private static final String BASE = NS.iri();

    private static final String ONTOLOGY = """
            @prefix nkg:  <ontology#> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            nkg:AssertedModality a owl:Class ; rdfs:subClassOf nkg:Modality .
            nkg:Done a nkg:Modality , nkg:AssertedModality .
            nkg:Habitual a nkg:Modality , nkg:AssertedModality .
            nkg:Planned a nkg:Modality .
            nkg:Goal a nkg:Modality .
            """;

    private static final String FACTS = """
            @prefix :     <id/> .
            @prefix fact: <id/fact/> .
            @prefix nkg:  <ontology#> .
            fact:done a nkg:Fact ; nkg:modality nkg:Done .
            fact:done { :norway :signed :agreement . }
            fact:habitual a nkg:Fact ; nkg:modality nkg:Habitual .
            fact:habitual { :norway :alignsWith :measures . :measures :adoptedBy :eu . }
            fact:planned a nkg:Fact ; nkg:modality nkg:Planned .
            fact:planned { :troops :contributor :norway . }
            fact:goal a nkg:Fact ; nkg:modality nkg:Goal .
            fact:goal { :norway :aimsAt :peace . }
            # Stated again as done: the triple is asserted, whatever the planned fact says of it.
            fact:planned-and-done a nkg:Fact ; nkg:modality nkg:Planned .
            fact:planned-and-done { :norway :signed :agreement . }
            fact:no-modality a nkg:Fact .
            fact:no-modality { :norway :said :nothing . }
            fact:two-modalities a nkg:Fact ; nkg:modality nkg:Done , nkg:Planned .
            fact:two-modalities { :norway :provides :troops . }
            :not-a-fact nkg:modality nkg:Done .
            :not-a-fact { :norway :is :untyped . }
            fact:described-elsewhere { fact:described-elsewhere a nkg:Fact ; nkg:modality nkg:Done . :norway :is :self-described . }
            """;

    @TempDir Path dir;
    DatasetGraph dsg;

    @BeforeEach
    void load() throws IOException {
        Path ontology = Files.writeString(dir.resolve("ontology.ttl"), ONTOLOGY);
        Path facts = Files.writeString(dir.resolve("facts.trig"), FACTS);
        dsg = new GraphLoader(NS).load(List.of(ontology, facts));
    }

    private static Node id(String name) {
        return NodeFactory.createURI(BASE + "id/" + name);
    }

    private boolean inDefaultGraph(String s, String p, String o) {
        return dsg.getDefaultGraph().contains(id(s), id(p), id(o));
    }

    @Test
    void the_statements_of_a_fact_with_an_asserted_modality_are_in_the_default_graph() {
        assertTrue(inDefaultGraph("norway", "signed", "agreement"), "done");
        assertTrue(inDefaultGraph("norway", "alignsWith", "measures"), "habitual");
        assertTrue(inDefaultGraph("measures", "adoptedBy", "eu"), "habitual, second triple");
    }

    @Test
    void the_statements_of_a_fact_with_any_other_modality_stay_in_its_named_graph_only() {
        assertFalse(inDefaultGraph("troops", "contributor", "norway"), "planned");
        assertFalse(inDefaultGraph("norway", "aimsAt", "peace"), "goal");
        assertTrue(dsg.getGraph(id("fact/planned")).contains(id("troops"), id("contributor"), id("norway")));
        assertTrue(dsg.getGraph(id("fact/goal")).contains(id("norway"), id("aimsAt"), id("peace")));
    }

    @Test
    void a_fact_without_a_modality_or_with_one_that_is_not_asserted_among_several_is_not_copied() {
        assertFalse(inDefaultGraph("norway", "said", "nothing"), "no modality");
        assertFalse(inDefaultGraph("norway", "provides", "troops"), "done and planned");
    }

    @Test
    void only_a_named_graph_the_default_graph_describes_as_a_fact_is_copied() {
        assertFalse(inDefaultGraph("norway", "is", "untyped"), "not typed nkg:Fact");
        assertFalse(inDefaultGraph("norway", "is", "self-described"), "described in its own graph, not in the default graph");
    }

    @Test
    void the_named_graphs_are_left_as_they_were() {
        List<Node> graphs = new java.util.ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        assertEquals(9, graphs.size());
        assertEquals(2, dsg.getGraph(id("fact/habitual")).size());
        assertEquals(1, dsg.getGraph(id("fact/planned-and-done")).size());
    }

    @Test
    void the_ontology_terms_are_those_under_the_loaders_namespace() throws IOException {
        // The same files under another namespace: the terms move with it, and the rule still holds.
        String other = "https://kg.example.org/eu/";
        DatasetGraph elsewhere = new GraphLoader(new Namespace(other)).load(List.of(dir.resolve("ontology.ttl"), dir.resolve("facts.trig")));
        Node norway = NodeFactory.createURI(other + "id/norway");
        assertTrue(elsewhere.getDefaultGraph().contains(norway, NodeFactory.createURI(other + "id/signed"), Node.ANY));
        assertFalse(elsewhere.getDefaultGraph().contains(norway, NodeFactory.createURI(other + "id/aimsAt"), Node.ANY));
    }

    @Test
    void a_modality_is_asserted_only_when_the_ontology_says_so() throws IOException {
        // Without the ontology nothing says Done is asserted: nothing is copied.
        DatasetGraph bare = new GraphLoader(NS).load(List.of(dir.resolve("facts.trig")));
        assertFalse(bare.getDefaultGraph().contains(id("norway"), id("signed"), id("agreement")));
        assertFalse(bare.getDefaultGraph().contains(id("norway"), id("alignsWith"), id("measures")));
    }
}
