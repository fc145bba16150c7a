package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import no.eukg.export.RdfSyntax;
import no.eukg.linked.LinkedFixture;
import no.eukg.testing.Http;
import no.eukg.testing.RdfParsers;
import no.eukg.testing.TestServer;

/** The VoID and DCAT description, read by Jena and Rio, checked against counts made here independently. */
class VoidIT {
    private static TestServer server;
    private static Graph voidGraph;
    private static Graph data;
    private static Node dataset;

    @BeforeAll
    static void start() {
        server = TestServer.over(LinkedFixture.project(), Duration.ofSeconds(10));
        voidGraph = RdfParsers.parseBoth(Http.get(server.url("/.well-known/void"), "Accept", "text/turtle").body(), RdfSyntax.TURTLE)
                .getDefaultGraph();
        data = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        Txn.executeRead(server.store().dataset(), () -> server.store().dataset().getDefaultGraph().find().forEachRemaining(data::add));
        dataset = NodeFactory.createURI(server.ns() + "dataset");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Node one(Node s, Node p) {
        List<Node> os = voidGraph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(1, os.size(), "one " + p + " of " + s + ": " + os);
        return os.get(0);
    }

    private static long number(Node s, Node p) {
        return Long.parseLong(one(s, p).getLiteralLexicalForm());
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void it_is_served_in_every_syntax_at_both_addresses(RdfSyntax syntax) {
        for (String path : new String[] {"/.well-known/void", "/dataset"}) {
            HttpResponse<byte[]> r = Http.getBytes(server.url(path), "Accept", syntax.mediaType());
            assertEquals(200, r.statusCode(), path);
            assertTrue(RdfParsers.parseBoth(r.body(), syntax).getDefaultGraph().contains(dataset, RDF.type.asNode(), VOID.Dataset.asNode()));
        }
        assertEquals(200, Http.get(server.url("/dataset." + syntax.extension())).statusCode());
    }

    @Test
    void a_browser_gets_the_description_as_a_page_and_a_program_still_gets_rdf() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        for (String path : new String[] {"/.well-known/void", "/dataset", "/dataset.html"}) {
            HttpResponse<String> r = Http.get(server.url(path), "Accept", browser);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            String html = r.body();
            assertTrue(html.contains("<h1>Dataset description</h1>"), html);
            // The dataset itself first; a class partition (a blank node, with no page of its own) inline.
            assertTrue(html.indexOf("<h2><a href=\"" + server.url("/dataset") + "\">") == html.indexOf("<h2>"), html);
            assertTrue(html.contains("<dl class=\"nested\"><dt><a class=\"property\" href=\"http://rdfs.org/ns/void#class\""), html);
            assertTrue(html.contains(Long.toString(data.size())), "the triple count");
            assertTrue(html.contains("href=\"" + server.url(path.replace(".html", "") + ".ttl") + "\""), "a link to the RDF");
        }
        HttpResponse<String> any = Http.get(server.url("/dataset"), "Accept", "*/*");
        assertTrue(any.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), "*/* is RDF, as before");
    }

    @Test
    void the_triple_count_is_the_default_graph_size() {
        assertEquals(data.size(), number(dataset, VOID.triples.asNode()));
    }

    @Test
    void class_partitions_count_the_instances_of_each_class() {
        Map<Node, Long> expected = new HashMap<>();
        Map<Node, Set<Node>> instances = new HashMap<>();
        data.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t ->
                instances.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject()));
        instances.forEach((c, s) -> expected.put(c, (long) s.size()));
        Map<Node, Long> actual = new HashMap<>();
        voidGraph.find(dataset, VOID.classPartition.asNode(), Node.ANY).forEachRemaining(t ->
                actual.put(one(t.getObject(), VOID._class.asNode()), number(t.getObject(), VOID.entities.asNode())));
        assertEquals(expected, actual);
        assertEquals(expected.size(), number(dataset, VOID.classes.asNode()));
    }

    @Test
    void property_partitions_count_the_triples_of_each_property() {
        Map<Node, Long> expected = new HashMap<>();
        data.find().forEachRemaining(t -> expected.merge(t.getPredicate(), 1L, Long::sum));
        Map<Node, Long> actual = new HashMap<>();
        voidGraph.find(dataset, VOID.propertyPartition.asNode(), Node.ANY).forEachRemaining(t ->
                actual.put(one(t.getObject(), VOID.property.asNode()), number(t.getObject(), VOID.triples.asNode())));
        assertEquals(expected, actual);
    }

    @Test
    void it_names_the_endpoint_the_uri_space_examples_and_vocabularies() {
        assertAll(
            () -> assertEquals(NodeFactory.createURI(server.base() + "sparql"), one(dataset, VOID.sparqlEndpoint.asNode())),
            () -> assertEquals(server.ns() + "id/", one(dataset, VOID.uriSpace.asNode()).getLiteralLexicalForm()),
            () -> assertFalse(voidGraph.find(dataset, VOID.exampleResource.asNode(), Node.ANY).toList().isEmpty()),
            () -> assertTrue(voidGraph.contains(dataset, VOID.vocabulary.asNode(), NodeFactory.createURI(server.ns() + "ontology#"))),
            () -> assertTrue(voidGraph.contains(dataset, VOID.vocabulary.asNode(), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#"))));
    }

    @Test
    void it_states_title_source_publisher_and_rights_but_claims_no_licence() {
        assertAll(
            () -> assertTrue(one(dataset, DCTerms.title.asNode()).getLiteralLexicalForm().contains("Test page")),
            () -> assertTrue(one(dataset, DCTerms.description.asNode()).getLiteralLexicalForm().contains("3 facts")),
            () -> assertEquals(NodeFactory.createURI("http://www.example.org/test-page/"), one(dataset, DCTerms.source.asNode())),
            () -> assertTrue(voidGraph.contains(dataset, DCTerms.publisher.asNode(), Node.ANY)),
            () -> assertTrue(one(dataset, DCTerms.rights.asNode()).getLiteralLexicalForm().toLowerCase().contains("licence not stated")),
            () -> assertFalse(voidGraph.contains(dataset, DCTerms.license.asNode(), Node.ANY)),
            () -> assertEquals("2026-01-02", one(dataset, DCTerms.modified.asNode()).getLiteralLexicalForm()));
    }

    @Test
    void every_dump_is_a_data_dump_and_a_distribution_whose_size_and_checksum_match_the_file() throws Exception {
        List<Node> dumps = voidGraph.find(dataset, VOID.dataDump.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(13, dumps.size(), "six RDF syntaxes, plain and gzipped, and the HDT: " + dumps);
        List<Node> distributions = voidGraph.find(dataset, DCAT.distribution.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(13, distributions.size());
        for (Node dist : distributions) {
            Node file = one(dist, DCAT.downloadURL.asNode());
            assertTrue(dumps.contains(file));
            HttpResponse<byte[]> r = Http.getBytes(file.getURI());
            assertEquals(200, r.statusCode(), file.getURI());
            assertEquals(r.body().length, number(dist, DCAT.byteSize.asNode()), file.getURI());
            Node checksum = one(dist, NodeFactory.createURI("http://spdx.org/rdf/terms#checksum"));
            String sha = one(checksum, NodeFactory.createURI("http://spdx.org/rdf/terms#checksumValue")).getLiteralLexicalForm();
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.body())), sha);
            if (file.getURI().endsWith(".hdt"))
                assertEquals("application/vnd.hdt", one(dist, org.apache.jena.vocabulary.DCTerms.format.asNode()).getLiteralLexicalForm(),
                        "HDT's media type is not IANA's to name");
            else
                assertTrue(one(dist, DCAT.mediaType.asNode()).getURI().startsWith("http://www.iana.org/assignments/media-types/"));
        }
    }

    @Test
    void the_fragments_interface_is_listed_and_its_lookup_answers() {
        Node lookup = one(dataset, VOID.uriLookupEndpoint.asNode());
        String subject = server.ns() + "id/norway";
        HttpResponse<String> r = Http.get(lookup.getURI() + java.net.URLEncoder.encode(subject, java.nio.charset.StandardCharsets.UTF_8),
                "Accept", "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<" + subject + "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"), r.body());
        Node fragments = NodeFactory.createURI(server.url("/fragments#dataset"));
        assertTrue(voidGraph.contains(dataset, VOID.subset.asNode(), fragments));
        Node search = one(fragments, NodeFactory.createURI("http://www.w3.org/ns/hydra/core#search"));
        assertEquals(server.url("/fragments{?subject,predicate,object,graph}"),
                one(search, NodeFactory.createURI("http://www.w3.org/ns/hydra/core#template")).getLiteralLexicalForm());
    }
}
