package no.eukg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

import io.swagger.v3.parser.OpenAPIV3Parser;

import no.eukg.export.RdfSyntax;
import no.eukg.testing.Http;
import no.eukg.testing.RdfParsers;
import no.eukg.testing.TestServer;
import no.eukg.vocab.SD;

/**
 * A server asked for port 0 binds a port itself and keeps it. Without a public base, every
 * redirect, link and description is on the port it got, including what the modules build as the
 * server is assembled (the service description, the OpenAPI document); with a public base, on
 * that base whatever the port.
 */
class PortZeroIT {
    /** Linked data and canned queries, so that every module that writes the base is there. */
    private static final Path PROJECT = Path.of("src/test/resources/queries-api/project");
    private static final String PUBLIC = "https://kg.example.org/";

    @Test
    void without_a_base_redirects_pages_and_descriptions_are_on_the_port_the_server_was_given() {
        try (TestServer server = TestServer.over(PROJECT, Duration.ofSeconds(5))) {
            assertTrue(server.port() > 0, "port " + server.port());
            String here = "http://localhost:" + server.port() + "/";
            HttpResponse<String> redirect = Http.get(here + "id/norway", "Accept", "text/html");
            assertEquals(303, redirect.statusCode());
            assertEquals(here + "page/norway", redirect.headers().firstValue("Location").orElseThrow());
            HttpResponse<String> page = Http.get(here + "page/norway", "Accept", "text/html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("href=\"" + here), page.body());
            assertFalse(page.body().contains("localhost:0/"), page.body());
            assertTrue(serviceDescription(here).contains(Node.ANY, SD.endpoint.asNode(), NodeFactory.createURI(here + "sparql")));
            assertEquals(here.substring(0, here.length() - 1), openApiServer(here));
        }
    }

    @Test
    void with_a_public_base_redirects_and_descriptions_stay_on_it_whatever_the_port() {
        try (TestServer server = TestServer.behindProxy(PROJECT, PUBLIC, Duration.ofSeconds(5))) {
            String here = "http://localhost:" + server.port() + "/";
            HttpResponse<String> redirect = Http.get(here + "id/norway", "Accept", "text/html");
            assertEquals(303, redirect.statusCode());
            assertEquals(PUBLIC + "page/norway", redirect.headers().firstValue("Location").orElseThrow());
            assertTrue(serviceDescription(here).contains(Node.ANY, SD.endpoint.asNode(), NodeFactory.createURI(PUBLIC + "sparql")));
            assertEquals("https://kg.example.org", openApiServer(here));
        }
    }

    @Test
    void a_stopped_server_gives_its_port_back() {
        int port;
        try (TestServer server = TestServer.over(PROJECT, Duration.ofSeconds(5))) {
            port = server.port();
        }
        // The server closed the socket it was handed; were it still held, this bind would fail.
        try (ListeningSocket again = ListeningSocket.bind("127.0.0.1", port)) {
            assertEquals(port, again.port());
        }
    }

    private static Graph serviceDescription(String here) {
        return RdfParsers.parseBoth(Http.get(here + "sparql", "Accept", "text/turtle").body(), RdfSyntax.TURTLE).getDefaultGraph();
    }

    private static String openApiServer(String here) {
        return new OpenAPIV3Parser().readContents(Http.get(here + "api/openapi.json").body(), null, null)
                .getOpenAPI().getServers().get(0).getUrl();
    }
}
