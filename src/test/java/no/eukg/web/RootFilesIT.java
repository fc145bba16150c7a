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
}
