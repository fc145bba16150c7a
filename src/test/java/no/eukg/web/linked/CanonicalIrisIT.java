package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.eukg.cli.Main;
import no.eukg.export.RdfSyntax;
import no.eukg.testing.Http;
import no.eukg.testing.RdfParsers;
import no.eukg.testing.TestServer;

/**
 * Identifiers never change with where the graph is served: the shipped project served on a local
 * port and behind a proxy on another host gives the same IRIs in results, documents and dumps,
 * and the {@code export} command writes the same dump; only links and redirects follow the server.
 */
class CanonicalIrisIT {
    private static final String PUBLIC = "https://kg.example.org/";
    private static TestServer local;
    private static TestServer proxied;
    private static String ns;

    @BeforeAll
    static void start() {
        local = TestServer.over(TestServer.shippedProject(), Duration.ofSeconds(20));
        proxied = TestServer.behindProxy(TestServer.shippedProject(), PUBLIC, Duration.ofSeconds(20));
        ns = local.ns();
    }

    @AfterAll
    static void stop() {
        if (local != null) local.close();
        if (proxied != null) proxied.close();
    }

    @Test
    void the_namespace_is_the_declared_https_one_and_not_a_server_address() {
        assertEquals("https://w3id.org/norway-eu-kg/", ns);
        assertEquals(ns, proxied.ns());
        assertFalse(local.base().equals(ns));
    }

    @Test
    void query_results_are_the_same_on_every_server() {
        String q = "SELECT ?s WHERE { ?s a <" + ns + "ontology#Country> } ORDER BY ?s";
        String a = Http.get(local.localUrl("/sparql?query=") + enc(q), "Accept", "text/csv").body();
        String b = Http.get(proxied.localUrl("/sparql?query=") + enc(q), "Accept", "text/csv").body();
        assertEquals(a, b);
        assertTrue(a.contains(ns + "id/norway"), a);
    }

    @Test
    void the_full_and_truthy_dumps_are_the_same_graph_on_every_server_and_from_the_export_command(@TempDir Path tmp) throws Exception {
        for (String file : List.of("dataset.nq", "truthy.nt")) {
            RdfSyntax syntax = file.endsWith(".nq") ? RdfSyntax.NQUADS : RdfSyntax.NTRIPLES;
            HttpResponse<String> a = Http.get(local.localUrl("/dumps/" + file));
            HttpResponse<String> b = Http.get(proxied.localUrl("/dumps/" + file));
            assertEquals(200, a.statusCode(), file);
            // Isomorphic rather than byte-identical: the ontology's lists are blank nodes, labelled afresh by each load.
            DatasetGraph fromLocal = RdfParsers.parseBoth(a.body(), syntax);
            assertTrue(IsoMatcher.isomorphic(fromLocal, RdfParsers.parseBoth(b.body(), syntax)),
                    file + " differs between a local server and one behind a proxy");
            assertFalse(a.body().contains("localhost"), file + " names a local server");
            assertFalse(a.body().contains(PUBLIC), file + " names the public base");
            assertTrue(a.body().contains("<" + ns + "id/norway>"), file);

            Path out = tmp.resolve(file);
            String format = file.endsWith(".nq") ? "nq" : "nt";
            StringWriter err = new StringWriter();
            var cmd = Main.commandLine();
            cmd.setErr(new PrintWriter(err, true));
            assertEquals(0, cmd.execute("export", "--format", format, "--out", out.toString()), err.toString());
            assertTrue(IsoMatcher.isomorphic(fromLocal, RdfParsers.parseBoth(Files.readString(out, StandardCharsets.UTF_8), syntax)),
                    "export --format " + format + " differs from /dumps/" + file);
        }
    }

    @Test
    void a_description_is_the_same_graph_on_every_server_and_its_subject_is_canonical() {
        DatasetGraph a = RdfParsers.parseBoth(Http.get(local.localUrl("/data/norway.trig")).body(), RdfSyntax.TRIG);
        DatasetGraph b = RdfParsers.parseBoth(Http.get(proxied.localUrl("/data/norway.trig")).body(), RdfSyntax.TRIG);
        assertTrue(IsoMatcher.isomorphic(a, b), "the descriptions differ");
        Graph g = a.getDefaultGraph();
        assertTrue(g.contains(NodeFactory.createURI(ns + "id/norway"), Node.ANY, Node.ANY));
        assertFalse(g.contains(NodeFactory.createURI(local.base() + "id/norway"), Node.ANY, Node.ANY));
    }

    @Test
    void the_path_of_a_canonical_iri_is_served_on_any_host_and_redirects_stay_on_it() {
        for (TestServer s : List.of(local, proxied)) {
            HttpResponse<String> page = Http.get(s.localUrl("/id/norway"), "Accept", "text/html");
            assertEquals(303, page.statusCode());
            assertEquals(s.base() + "page/norway", page.headers().firstValue("Location").orElseThrow());
            HttpResponse<String> data = Http.get(s.localUrl("/id/norway"), "Accept", "text/turtle");
            assertEquals(s.base() + "data/norway.ttl", data.headers().firstValue("Location").orElseThrow());
            HttpResponse<String> ontology = Http.get(s.localUrl("/ontology"), "Accept", "text/turtle");
            Graph o = RdfParsers.parseBoth(ontology.body(), RdfSyntax.TURTLE).getDefaultGraph();
            assertTrue(o.contains(NodeFactory.createURI(ns + "ontology"), Node.ANY, Node.ANY), "the ontology keeps its IRI");
        }
    }

    @Test
    void pages_show_canonical_iris_and_link_to_this_servers_copies() {
        String page = Http.get(local.localUrl("/page/norway")).body();
        assertTrue(page.contains("<code>" + ns + "id/norway</code>"), "the page names the canonical IRI");
        Matcher hrefs = Pattern.compile("href=\"(" + Pattern.quote(ns) + "[^\"]*)\"").matcher(page);
        assertFalse(hrefs.find(), () -> "a link leaves the local server: " + hrefs.group(1));
        assertTrue(page.contains("href=\"" + local.base() + "page/eu\""), "links to other resources stay local");
        assertTrue(page.contains("href=\"" + local.base() + "ontology#"), "links to ontology terms stay local");
    }

    @Test
    void the_dataset_description_names_canonical_iris_and_local_addresses() {
        Graph v = RdfParsers.parseBoth(Http.get(proxied.localUrl("/.well-known/void"), "Accept", "text/turtle").body(), RdfSyntax.TURTLE)
                .getDefaultGraph();
        Node dataset = NodeFactory.createURI(ns + "dataset");
        assertTrue(v.contains(dataset, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(ns + "id/")));
        assertTrue(v.contains(dataset, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(PUBLIC + "sparql")));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
