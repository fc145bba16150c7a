package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import no.eukg.graph.LocalStore;
import no.eukg.graph.Namespace;
import no.eukg.graph.ProjectFiles;
import no.eukg.testing.Eventually;
import no.eukg.testing.Http;
import no.eukg.testing.TestServer;

/**
 * A graph whose statistics take longer to count than a request may wait: resource pages answer
 * at once, since they need none; what shows the counts (the ontology's documentation, the home
 * page) answers 503 with {@code Retry-After} while they are counted in the background, once, and
 * then 200.
 */
class StatisticsPendingIT {
    private static final int ENTITIES = 300_000;

    @Test
    void pages_answer_at_once_and_the_counts_follow() {
        Namespace ns = new ProjectFiles(TestServer.tinyProject()).namespace();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node thing = NodeFactory.createURI(ns.ontologyTerms() + "Thing");
        Node links = NodeFactory.createURI(ns.ontologyTerms() + "linksTo");
        Node ontology = NodeFactory.createURI(ns.ontology());
        dsg.add(Quad.defaultGraphIRI, ontology, RDF.type.asNode(), OWL2.Ontology.asNode());
        dsg.add(Quad.defaultGraphIRI, thing, RDF.type.asNode(), OWL2.Class.asNode());
        dsg.add(Quad.defaultGraphIRI, links, RDF.type.asNode(), OWL2.ObjectProperty.asNode());
        for (int i = 0; i < ENTITIES; i++) {
            Node e = NodeFactory.createURI(ns.resources() + "e" + i);
            dsg.add(Quad.defaultGraphIRI, e, RDF.type.asNode(), thing);
            dsg.add(Quad.defaultGraphIRI, e, RDFS.label.asNode(), NodeFactory.createLiteralLang("entity " + i, "en"));
            dsg.add(Quad.defaultGraphIRI, e, links, NodeFactory.createURI(ns.resources() + "e" + (i + 1) % ENTITIES));
        }
        try (TestServer server = TestServer.over(new LocalStore(dsg, "big", () -> { }), "http://big.test/", Duration.ofMillis(500))) {
            HttpResponse<String> page = Http.get(server.local("/page/e7"));
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("entity 7"), "the page is the resource's");

            HttpResponse<String> counting = Http.get(server.local("/ontology"), "Accept", "text/html");
            assertEquals(503, counting.statusCode(), counting.body());
            assertEquals("30", counting.headers().firstValue("Retry-After").orElse(""), counting.headers().map().toString());
            assertTrue(counting.body().contains("still being counted"), counting.body());

            Eventually.until(Duration.ofSeconds(120), () -> Http.get(server.local("/ontology"), "Accept", "text/html").statusCode() == 200,
                    "the ontology's documentation once counted");
            String doc = Http.get(server.local("/ontology"), "Accept", "text/html").body();
            assertTrue(doc.contains(String.format(java.util.Locale.ROOT, "%,d", ENTITIES)) || doc.contains(Integer.toString(ENTITIES)),
                    "the class's use is counted: " + doc);
        }
    }
}
