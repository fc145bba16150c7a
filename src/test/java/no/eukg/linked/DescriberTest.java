package no.eukg.linked;

import static no.eukg.linked.LinkedFixture.id;
import static no.eukg.linked.LinkedFixture.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.eukg.graph.LocalStore;
import no.eukg.graph.Store;
import no.eukg.vocab.Itsrdf;
import no.eukg.vocab.Nif;
import no.eukg.vocab.Prov;

class DescriberTest {
    private static Store store;
    private static Describer describer;

    @BeforeAll
    static void load() {
        store = LinkedFixture.store();
        describer = new Describer(store, Duration.ofSeconds(10));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void a_description_holds_outgoing_triples_and_the_labels_of_their_objects() {
        Description d = describer.describe(id("norway"), false);
        assertTrue(d.exists());
        assertTrue(d.graph().contains(id("norway"), term("cooperatesWith"), id("eu")));
        assertTrue(d.graph().contains(id("eu"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Den europeiske union", "nb")));
        assertTrue(d.graph().contains(term("cooperatesWith"), RDFS.label.asNode(), NodeFactory.createLiteralLang("cooperates with", "en")));
    }

    @Test
    void a_description_holds_incoming_links_with_their_count() {
        Description d = describer.describe(id("eu"), false);
        assertTrue(d.graph().contains(id("iceland"), term("cooperatesWith"), id("eu")));
        assertTrue(d.graph().contains(id("iceland"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Iceland", "en")));
        assertEquals(2, d.incoming());
        assertEquals(2, d.incomingShown());
        assertFalse(d.incomingTruncated());
    }

    @Test
    void a_description_holds_the_provenance_of_its_facts_with_the_sentence_text() {
        Node fact = id("fact/norway-meets-eu-in-tromso");
        Description d = describer.describe(id("tromsø"), false);
        assertTrue(d.graph().contains(fact, Prov.WAS_DERIVED_FROM, id("source/s2")));
        assertTrue(d.graph().contains(fact, term("modality"), term("Planned")));
        assertTrue(d.graph().contains(term("Planned"), RDFS.label.asNode(), NodeFactory.createLiteralLang("planlagt", "nb")));
        assertTrue(d.graph().contains(id("source/s2"), Nif.ANCHOR_OF, NodeFactory.createLiteralString("Norway will meet the European Union in Tromsø in 2015.")));
        assertTrue(d.quads().stream().anyMatch(q -> q.getGraph().equals(fact) && q.getSubject().equals(id("eu"))));
    }

    @Test
    void a_description_holds_the_mentions_of_the_resource_in_the_text() {
        Description d = describer.describe(id("norway"), false);
        assertEquals(2, d.mentions());
        assertTrue(d.graph().contains(Node.ANY, Itsrdf.TA_IDENT_REF, id("norway")));
    }

    @Test
    void a_fact_description_holds_the_content_of_its_graph() {
        Node fact = id("fact/norway-cooperates-with-eu");
        Description d = describer.describe(fact, false);
        assertTrue(d.exists());
        assertTrue(d.quads().stream().anyMatch(q -> q.getGraph().equals(fact) && q.getSubject().equals(id("norway"))
                && q.getObject().equals(id("eu"))));
    }

    @Test
    void incoming_links_are_bounded_with_their_total_and_all_can_be_asked_for() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node hub = NodeFactory.createURI("http://hub.test/id/hub");
        Node p = NodeFactory.createURI("http://hub.test/ontology#pointsAt");
        for (int i = 0; i < Describer.INCOMING_SHOWN + 10; i++)
            dsg.add(Quad.defaultGraphIRI, NodeFactory.createURI("http://hub.test/id/x" + i), p, hub);
        Describer d = new Describer(new LocalStore(dsg, "hub", () -> { }), Duration.ofSeconds(10));
        Description first = d.describe(hub, false);
        assertEquals(Describer.INCOMING_SHOWN + 10, first.incoming());
        assertEquals(Describer.INCOMING_SHOWN, first.incomingShown());
        assertEquals(Describer.INCOMING_SHOWN, first.graph().find(Node.ANY, p, hub).toList().size());
        assertTrue(first.incomingTruncated());
        Description all = d.describe(hub, true);
        assertEquals(Describer.INCOMING_SHOWN + 10, all.graph().find(Node.ANY, p, hub).toList().size());
        assertFalse(all.incomingTruncated());
    }

    @Test
    void an_unknown_resource_does_not_exist() {
        assertFalse(describer.describe(id("atlantis"), false).exists());
    }
}
