package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.eukg.export.RdfSyntax;
import no.eukg.linked.LinkedFixture;
import no.eukg.testing.Http;
import no.eukg.testing.RdfParsers;
import no.eukg.testing.TestServer;
import no.eukg.web.Limits;

/**
 * A crawler: every IRI minted under {@code <base>id/} anywhere in the graph (subject, predicate,
 * object or graph name) is dereferenced as a linked-data client would: 303, then 200, then a
 * description (read by Jena and Rio) with triples about that IRI; and as a browser would.
 */
class CrawlIT {
    /** The fixture, and the shipped project once its graph is there. */
    static Stream<Path> projects() {
        List<Path> projects = new ArrayList<>(List.of(LinkedFixture.project()));
        if (Files.isDirectory(TestServer.shippedProject().resolve("ontology")))
            projects.add(TestServer.shippedProject());
        return projects.stream();
    }

    @ParameterizedTest
    @MethodSource("projects")
    void every_iri_under_id_dereferences_to_a_description_of_itself(Path project) {
        // A crawler asks far more than one reader: lift the per-client rate limit for it.
        try (TestServer server = TestServer.over(project, Duration.ofSeconds(20), Limits.defaults())) {
            TreeSet<String> iris = minted(server.store().dataset(), server.ns() + "id/");
            assertTrue(iris.size() > 5, "too few IRIs to crawl: " + iris);
            List<String> failures = new ArrayList<>();
            for (String iri : iris) {
                String local = iri.substring((server.ns() + "id/").length());
                String problem = crawl(server, iri, local);
                if (problem != null)
                    failures.add(iri + ": " + problem);
            }
            assertEquals(List.of(), failures, failures.size() + " of " + iris.size() + " IRIs failed");
        }
    }

    private static String crawl(TestServer server, String iri, String local) {
        HttpResponse<String> see = Http.get(server.url("/id/" + Links.encode(local)), "Accept", "text/turtle");
        if (see.statusCode() != 303)
            return "/id/ answered " + see.statusCode() + " for Turtle";
        String location = see.headers().firstValue("Location").orElse("");
        HttpResponse<byte[]> data = Http.getBytes(location);
        if (data.statusCode() != 200)
            return location + " answered " + data.statusCode();
        Graph g = RdfParsers.parseBoth(data.body(), RdfSyntax.TURTLE).getDefaultGraph();
        Node n = NodeFactory.createURI(iri);
        if (!g.contains(n, Node.ANY, Node.ANY) && !g.contains(Node.ANY, Node.ANY, n) && !g.contains(Node.ANY, n, Node.ANY))
            return location + " holds no triple about it";
        HttpResponse<String> page = Http.get(server.url("/id/" + Links.encode(local)), "Accept", "text/html");
        if (page.statusCode() != 303)
            return "/id/ answered " + page.statusCode() + " for HTML";
        HttpResponse<String> html = Http.get(page.headers().firstValue("Location").orElse(""));
        if (html.statusCode() != 200)
            return "the page answered " + html.statusCode();
        return null;
    }

    private static TreeSet<String> minted(DatasetGraph dsg, String ns) {
        TreeSet<String> iris = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()})
                if (n.isURI() && n.getURI().startsWith(ns) && n.getURI().length() > ns.length())
                    iris.add(n.getURI());
        }));
        return iris;
    }
}
