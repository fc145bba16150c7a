package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

import no.eukg.export.RdfSyntax;
import no.eukg.graph.LocalStore;
import no.eukg.linked.Describer;
import no.eukg.testing.Http;
import no.eukg.testing.RdfParsers;
import no.eukg.testing.TestServer;

/**
 * A well-connected resource: its page and data stay bounded, say how many links and facts there
 * are, and link to the rest.
 */
class IncomingLinksIT {
    private static final String BASE = "http://hub.test/";
    private static final int LINKS = Describer.INCOMING_SHOWN + 25;

    @Test
    void the_first_incoming_links_are_shown_with_the_total_and_a_link_to_all() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        // The server is reached at BASE; the resources are named in the namespace of the project it serves.
        String ns = new no.eukg.graph.ProjectFiles(TestServer.tinyProject()).namespace().iri();
        Node hub = NodeFactory.createURI(ns + "id/hub");
        Node p = NodeFactory.createURI(ns + "ontology#pointsAt");
        for (int i = 0; i < LINKS; i++)
            dsg.add(Quad.defaultGraphIRI, NodeFactory.createURI(ns + "id/x" + i), p, hub);
        try (TestServer server = TestServer.over(new LocalStore(dsg, "hub", () -> { }), BASE, Duration.ofSeconds(10))) {
            String page = Http.get(server.local("/page/hub")).body().replace("&#61;", "=");
            assertTrue(page.contains(Describer.INCOMING_SHOWN + " of " + LINKS + " incoming links"), page);
            assertTrue(page.contains(BASE + "page/hub?incoming=all"), "a link to the rest");
            String all = Http.get(server.local("/page/hub?incoming=all")).body();
            assertTrue(all.contains(LINKS + " of " + LINKS + " incoming links"));

            HttpResponse<String> cut = Http.get(server.local("/data/hub.ttl"));
            Graph first = RdfParsers.parseBoth(cut.body(), RdfSyntax.TURTLE).getDefaultGraph();
            assertEquals(Describer.INCOMING_SHOWN, first.find(Node.ANY, p, hub).toList().size());
            // The RDF says it is cut short too, with the count and where the rest is (Hydra), and so does a Link header.
            Node doc = NodeFactory.createURI(BASE + "data/hub.ttl");
            Node restIri = NodeFactory.createURI(BASE + "data/hub.ttl?incoming=all");
            String hydra = "http://www.w3.org/ns/hydra/core#";
            assertTrue(first.contains(doc, NodeFactory.createURI(hydra + "next"), restIri), cut.body());
            assertTrue(first.contains(doc, NodeFactory.createURI(hydra + "totalItems"),
                    NodeFactory.createLiteralDT(Integer.toString(LINKS), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)), cut.body());
            assertTrue(cut.headers().allValues("Link").contains("<" + restIri.getURI() + ">; rel=\"next\""), cut.headers().map().toString());
            Graph quads = RdfParsers.parseBoth(Http.get(server.local("/data/hub.trig")).body(), RdfSyntax.TRIG).getDefaultGraph();
            assertTrue(quads.contains(NodeFactory.createURI(BASE + "data/hub.trig"), NodeFactory.createURI(hydra + "next"), Node.ANY), "in TriG too");
            HttpResponse<String> rest = Http.get(server.local("/data/hub.ttl?incoming=all"));
            Graph everything = RdfParsers.parseBoth(rest.body(), RdfSyntax.TURTLE).getDefaultGraph();
            assertEquals(LINKS, everything.find(Node.ANY, p, hub).toList().size());
            assertFalse(everything.contains(Node.ANY, NodeFactory.createURI(hydra + "next"), Node.ANY), "nothing more to point to");
        }
    }

    @Test
    void the_sources_of_the_first_facts_are_shown_with_the_total_and_a_link_to_all() {
        int facts = Describer.FACTS_SHOWN + 25;
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        String ns = new no.eukg.graph.ProjectFiles(TestServer.tinyProject()).namespace().iri();
        Node hub = NodeFactory.createURI(ns + "id/hub");
        Node p = NodeFactory.createURI(ns + "ontology#meets");
        Node factClass = NodeFactory.createURI(ns + "ontology#Fact");
        Node derivedFrom = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
        for (int i = 0; i < facts; i++) {
            Node fact = NodeFactory.createURI(String.format("%sid/fact/f%03d", ns, i));
            Node other = NodeFactory.createURI(ns + "id/x" + i);
            dsg.add(fact, hub, p, other);
            dsg.add(Quad.defaultGraphIRI, hub, p, other);
            dsg.add(Quad.defaultGraphIRI, fact, org.apache.jena.vocabulary.RDF.type.asNode(), factClass);
            dsg.add(Quad.defaultGraphIRI, fact, derivedFrom, NodeFactory.createURI(ns + "id/source/s" + i));
        }
        try (TestServer server = TestServer.over(new LocalStore(dsg, "hub", () -> { }), BASE, Duration.ofSeconds(10))) {
            String page = Http.get(server.local("/page/hub")).body().replace("&#61;", "=");
            assertTrue(page.contains("Sources given for the first " + Describer.FACTS_SHOWN + " of " + facts + " facts"), page);
            assertTrue(page.contains("id=\"facts-shown\"") && page.contains(BASE + "page/hub?incoming=all"), "a link to all");
            assertTrue(page.contains("f000") && !page.contains("f" + (facts - 1)), "the first facts, in IRI order");
            String all = Http.get(server.local("/page/hub?incoming=all")).body();
            assertFalse(all.contains("facts-shown"), "all of them: nothing left out");
            assertTrue(all.contains("f" + (facts - 1)));

            HttpResponse<String> cut = Http.get(server.local("/data/hub.trig"));
            var first = RdfParsers.parseBoth(cut.body(), RdfSyntax.TRIG);
            assertEquals(Describer.FACTS_SHOWN, countGraphs(first));
            String hydra = "http://www.w3.org/ns/hydra/core#";
            Node doc = NodeFactory.createURI(BASE + "data/hub.trig");
            assertTrue(first.getDefaultGraph().contains(doc, NodeFactory.createURI(hydra + "next"),
                    NodeFactory.createURI(BASE + "data/hub.trig?incoming=all")), cut.body());
            assertFalse(first.getDefaultGraph().contains(doc, NodeFactory.createURI(hydra + "totalItems"), Node.ANY),
                    "no incoming link was left out, so no count of them");
            assertEquals(facts, countGraphs(RdfParsers.parseBoth(Http.get(server.local("/data/hub.trig?incoming=all")).body(), RdfSyntax.TRIG)));
        }
    }

    private static int countGraphs(DatasetGraph d) {
        int n = 0;
        for (var it = d.listGraphNodes(); it.hasNext(); it.next())
            n++;
        return n;
    }
}
