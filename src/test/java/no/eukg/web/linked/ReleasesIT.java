package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.eukg.export.RdfSyntax;
import no.eukg.testing.Http;
import no.eukg.testing.RdfParsers;
import no.eukg.testing.TestServer;

/**
 * {@code /releases/} of the shipped graph: 1.0.0 (as first published under the canonical
 * namespace, every fact in the default graph) and 1.1.0 (the truthful default graph), each
 * downloadable, and what 1.1.0 changed, fact by fact, as a page and as RDF read by RDF4J.
 */
class ReleasesIT {
    private static TestServer server;
    private static final String DCAT = "http://www.w3.org/ns/dcat#";

    @BeforeAll
    static void start() {
        server = TestServer.over(TestServer.shippedProject(), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Node iri(String s) { return NodeFactory.createURI(s); }

    @Test
    void the_releases_as_rdf_chain_their_versions_and_name_each_changed_fact_with_its_sentence() {
        HttpResponse<String> r = Http.get(server.url("/releases/"), "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = RdfParsers.parseBoth(r.body(), RdfSyntax.TURTLE).getDefaultGraph();
        Node current = iri(server.ns() + "id/release/1.1.0");
        Node first = iri(server.ns() + "id/release/1.0.0");
        assertTrue(g.contains(current, iri(DCAT + "previousVersion"), first));
        assertTrue(g.contains(current, iri(DCAT + "version"), NodeFactory.createLiteralString("1.1.0")));
        String nkg = server.ns() + "ontology#";
        // The truthful default graph of 1.1.0 changed facts of intent; s1's posts are stated as of a date; facts were added.
        List<Node> changed = g.find(current, iri(nkg + "changedFact"), Node.ANY).mapWith(Triple::getObject).toList();
        List<Node> added = g.find(current, iri(nkg + "addedFact"), Node.ANY).mapWith(Triple::getObject).toList();
        assertTrue(changed.contains(iri(server.ns() + "id/fact/brende-holds-minister-of-foreign-affairs")), changed.toString());
        assertFalse(added.isEmpty());
        for (Node fact : changed) {
            Node sentence = g.find(fact, iri("http://www.w3.org/ns/prov#wasDerivedFrom"), Node.ANY).next().getObject();
            assertTrue(g.find(sentence, iri("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"), Node.ANY).hasNext(),
                    fact + " cites " + sentence + " with its text");
        }
        assertTrue(g.find(first, iri(nkg + "addedFact"), Node.ANY).toList().isEmpty(), "the first release has nothing before it");
    }

    @Test
    void the_page_lists_both_releases_and_what_changed() {
        HttpResponse<String> r = Http.get(server.url("/releases/"), "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<h2>1.1.0 (current)</h2>"), r.body());
        assertTrue(r.body().contains("<h2>1.0.0</h2>"));
        assertTrue(r.body().matches("(?s).*Against the release before: \\d+ facts added, \\d+ removed, \\d+ changed\\..*"));
        assertTrue(r.body().contains("<blockquote>Børge Brende, Minister of Foreign Affairs"), "a change quotes its sentence");
    }

    @Test
    void each_release_stays_downloadable_under_its_version() throws Exception {
        HttpResponse<byte[]> old = Http.getBytes(server.url("/releases/1.0.0/dataset.nq.gz"));
        assertEquals(200, old.statusCode());
        DatasetGraph first = RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(old.body()))).lang(Lang.NQUADS).toDatasetGraph();
        assertTrue(first.getDefaultGraph().size() > 1000, "1.0.0's full dataset");
        HttpResponse<byte[]> now = Http.getBytes(server.url("/releases/1.1.0/dataset.nq.gz"));
        assertEquals(200, now.statusCode());
        assertArrayEquals(Http.getBytes(server.url("/dumps/dataset.nq.gz")).body(), now.body(), "the current release is the dump of /dumps/");
        assertEquals(404, Http.get(server.url("/releases/0.9/dataset.nq.gz")).statusCode());
        assertEquals(404, Http.get(server.url("/releases/1.0.0/truthy.ttl")).statusCode());
        assertEquals(304, Http.get(server.url("/releases/1.0.0/dataset.nq.gz"), "If-None-Match",
                old.headers().firstValue("ETag").orElseThrow()).statusCode());
    }

    @Test
    void the_dataset_description_names_its_version_and_its_releases() {
        Graph d = RdfParsers.parseBoth(Http.get(server.url("/dataset"), "Accept", "text/turtle").body(), RdfSyntax.TURTLE).getDefaultGraph();
        Node dataset = iri(server.ns() + "dataset");
        assertTrue(d.contains(dataset, iri(DCAT + "version"), NodeFactory.createLiteralString("1.1.0")));
        assertTrue(d.contains(dataset, iri(DCAT + "hasCurrentVersion"), iri(server.ns() + "id/release/1.1.0")));
        assertTrue(d.contains(dataset, iri("http://www.w3.org/2000/01/rdf-schema#seeAlso"), iri(server.url("/releases/"))));
        for (String v : List.of("1.0.0", "1.1.0"))
            assertTrue(d.contains(dataset, iri(DCAT + "hasVersion"), iri(server.ns() + "id/release/" + v)), v);
    }
}
