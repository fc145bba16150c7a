package no.eukg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.eukg.testing.Http;
import no.eukg.testing.TestServer;

/** The site's root files: robots.txt and the favicon. */
class RootFilesIT {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.over(TestServer.tinyProject(), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void robots_txt_lets_crawlers_follow_resources_but_not_run_queries() {
        HttpResponse<String> r = Http.get(server.url("/robots.txt"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
        assertTrue(r.body().contains("User-agent: *\nAllow: /\nDisallow: /sparql\n"), r.body());
    }

    @Test
    void the_favicon_is_the_sites_icon() {
        HttpResponse<String> r = Http.get(server.url("/favicon.ico"));
        assertEquals(200, r.statusCode());
        assertEquals("image/svg+xml", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.body().contains("<svg"), r.body());
    }

    @Test
    void a_path_nothing_serves_gets_the_sites_own_404() {
        HttpResponse<String> page = Http.get(server.url("/query"), "Accept", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Norway–EU knowledge graph") && page.body().contains("nothing here: /query"), page.body());
        assertTrue(!page.body().contains("HTTP ERROR 404"), "not Jetty's page: " + page.body());
        HttpResponse<String> json = Http.get(server.url("/no/such/path"), "Accept", "application/json");
        assertEquals(404, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/"), json.headers().toString());
    }
}
