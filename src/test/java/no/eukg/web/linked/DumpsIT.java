package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.eukg.export.Dumps;
import no.eukg.export.HdtDump;
import no.eukg.export.RdfSyntax;
import no.eukg.graph.LocalStore;
import no.eukg.linked.LinkedFixture;
import no.eukg.testing.Http;
import no.eukg.testing.RdfParsers;
import no.eukg.testing.TestServer;

/** The dumps as a consumer downloads them: listed, checksummed, gzipped, and the graph itself. */
class DumpsIT {
    private static TestServer server;
    private static DatasetGraph expected;

    @BeforeAll
    static void start() {
        server = TestServer.over(LinkedFixture.project(), Duration.ofSeconds(10));
        expected = DatasetGraphFactory.createTxnMem();
        DatasetGraph served = server.store().dataset();
        Txn.executeRead(served, () -> served.find().forEachRemaining(expected::add));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void every_dump_in_the_listing_matches_its_size_and_checksum_and_is_the_graph() throws Exception {
        HttpResponse<String> listing = Http.get(server.url("/dumps/"), "Accept", "application/json");
        assertEquals(200, listing.statusCode());
        JsonArray dumps = JSON.parse(listing.body()).get("dumps").getAsArray();
        assertEquals(13, dumps.size(), "six RDF syntaxes, plain and gzipped, and the HDT");
        for (var v : dumps) {
            JsonObject d = v.getAsObject();
            String file = d.get("file").getAsString().value();
            HttpResponse<byte[]> r = Http.getBytes(d.get("url").getAsString().value());
            assertEquals(200, r.statusCode(), file);
            assertEquals(d.get("bytes").getAsNumber().value().longValue(), r.body().length, file);
            assertEquals(d.get("sha256").getAsString().value(), sha256(r.body()), file);
            assertEquals(d.get("contentType").getAsString().value(), r.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""), file);
            byte[] content = r.body();
            if (file.endsWith(".gz")) {
                content = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
                byte[] plain = Http.getBytes(server.url("/dumps/" + file.substring(0, file.length() - 3))).body();
                assertArrayEquals(plain, content, file + " decompresses to the plain dump");
            }
            if (file.equals(Dumps.HDT_FILE)) {
                assertEquals("application/vnd.hdt", d.get("mediaType").getAsString().value());
                // hdt-java's own reader of the downloaded bytes, term by term (HdtDump.read).
                org.apache.jena.graph.Graph hdt = HdtDump.read(new ByteArrayInputStream(content));
                assertTrue(expected.getDefaultGraph().isIsomorphicWith(hdt), file + " is the default graph");
                assertEquals(d.get("statements").getAsNumber().value().longValue(), hdt.size(), file);
                continue;
            }
            RdfSyntax syntax = RdfSyntax.byFormatName(d.get("format").getAsString().value()).orElseThrow();
            DatasetGraph read = RdfParsers.parseBoth(content, syntax);
            if (syntax.quads())
                assertTrue(IsoMatcher.isomorphic(expected, read), file + " is the whole dataset");
            else
                assertTrue(expected.getDefaultGraph().isIsomorphicWith(read.getDefaultGraph()), file + " is the default graph");
            long statements = syntax.quads() ? Txn.calculateRead(read, () -> { long n = 0; for (var it = read.find(); it.hasNext(); it.next()) n++; return n; })
                    : read.getDefaultGraph().size();
            assertEquals(d.get("statements").getAsNumber().value().longValue(), statements, file);
        }
    }

    @Test
    void the_listing_is_html_for_browsers() {
        HttpResponse<String> r = Http.get(server.url("/dumps/"), "Accept", "text/html");
        assertEquals(200, r.statusCode());
        for (RdfSyntax s : RdfSyntax.values()) {
            assertTrue(r.body().contains(">" + Dumps.fileName(s) + "</a>"), s.toString());
            assertTrue(r.body().contains(">" + Dumps.fileName(s) + ".gz</a>"), s.toString());
        }
        assertTrue(r.body().contains(">" + Dumps.HDT_FILE + "</a>"), "the HDT dump");
        assertEquals(200, Http.get(server.url("/dumps/index.json")).statusCode());
    }

    @Test
    void the_old_names_of_the_triple_only_dumps_move_permanently_to_the_truthy_files() {
        for (String[] moved : new String[][] {{"dataset.ttl", "truthy.ttl"}, {"dataset.nt.gz", "truthy.nt.gz"}, {"dataset.rdf", "truthy.rdf"}}) {
            HttpResponse<String> r = Http.get(server.url("/dumps/" + moved[0]));
            assertEquals(301, r.statusCode(), moved[0]);
            assertEquals(server.url("/dumps/" + moved[1]), r.headers().firstValue("Location").orElseThrow(), moved[0]);
        }
        // The quad dumps kept their names: they are the full dataset they always were.
        assertEquals(200, Http.get(server.url("/dumps/dataset.trig")).statusCode());
        assertEquals(404, Http.get(server.url("/dumps/truthy.trig")).statusCode());
    }

    @Test
    void an_unknown_dump_is_404() {
        assertEquals(404, Http.get(server.url("/dumps/dataset.xyz")).statusCode());
        assertEquals(404, Http.get(server.url("/dumps/other.ttl")).statusCode());
    }

    @Test
    void a_dump_that_fails_the_interop_gate_is_a_500_that_says_why() {
        DatasetGraph bad = DatasetGraphFactory.createTxnMem();
        // Jena keeps an ill-typed literal as it is; RDF4J Rio in strict mode refuses it.
        bad.add(Quad.defaultGraphIRI, NodeFactory.createURI("http://example.org/s"), NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createLiteralDT("not a number", XSDDatatype.XSDinteger));
        try (TestServer broken = TestServer.over(new LocalStore(bad, "bad", () -> { }), Duration.ofSeconds(10))) {
            HttpResponse<String> r = Http.get(broken.url("/dumps/truthy.ttl"), "Accept", "text/plain");
            assertEquals(500, r.statusCode());
            assertTrue(r.body().contains("interop gate"), r.body());
            assertTrue(r.body().contains("Rio"), r.body());
            assertFalse(r.body().contains("at org."), r.body());
            assertEquals(500, Http.get(broken.url("/dumps/"), "Accept", "application/json").statusCode());
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
