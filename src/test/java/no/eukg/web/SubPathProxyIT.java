package no.eukg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.eukg.linked.LinkedFixture;
import no.eukg.testing.Http;
import no.eukg.testing.Nginx;
import no.eukg.testing.TestServer;

/**
 * The site under a sub-path behind a real reverse proxy (Debian's nginx: {@code /kg/} to the
 * server's {@code /}, the server started with {@code --base http://127.0.0.1:PORT/kg/}): every
 * link, style, script and form of a page is under the sub-path and answers through the proxy.
 */
class SubPathProxyIT {
    private static final String SUB = "/kg/";
    private static final Pattern ATTRIBUTE = Pattern.compile("(?:href|src|action)=\"([^\"]*)\"");
    @TempDir
    static Path dir;
    private static Nginx.Proxied<TestServer> proxied;

    @BeforeAll
    static void start() {
        proxied = Nginx.start(dir, SUB, port -> TestServer.behindProxy(LinkedFixture.project(),
                "http://127.0.0.1:" + port + SUB, Duration.ofSeconds(10)), TestServer::port);
    }

    @AfterAll
    static void stop() throws Exception {
        proxied.close();
    }

    private static String url(String path) {
        return proxied.nginx().url(SUB, path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "page/norway", "page/norway?lang=nb", "explore", "api/queries", "search?q=nor", "dumps/",
            "source", "ontology", "dataset.html", "api/"})
    void every_link_of_a_page_is_under_the_sub_path_and_answers_through_the_proxy(String page) {
        HttpResponse<String> r = Http.get(url(page), "Accept", "text/html");
        assertEquals(200, r.statusCode(), page + ":\n" + r.body());
        Set<String> targets = new LinkedHashSet<>();
        Matcher m = ATTRIBUTE.matcher(r.body());
        while (m.find())
            targets.add(m.group(1).replace("&amp;", "&"));
        List<String> outside = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (String target : targets) {
            URI resolved = URI.create(url(page)).resolve(target);
            boolean ours = resolved.getHost() != null && resolved.getHost().equals("127.0.0.1") && resolved.getPort() == proxied.nginx().port();
            if (!ours)
                continue;   // external links (Wikidata, the source page) are not the site's
            if (!resolved.getRawPath().startsWith(SUB)) {
                outside.add(target);
                continue;
            }
            int status = Http.get(resolved.toString()).statusCode();
            // A form's action or a query without its parameters may be a 4xx by design; a 404 is a broken link.
            if (status == 404 || status >= 500)
                broken.add(target + " -> " + status);
        }
        assertTrue(outside.isEmpty(), page + ": links outside " + SUB + ": " + outside);
        assertTrue(broken.isEmpty(), page + ": links that do not answer through the proxy: " + broken);
    }

    @ParameterizedTest
    @ValueSource(strings = {"static/explore.js", "static/js/api-docs.js"})
    void scripts_ask_the_server_by_relative_paths(String script) {
        HttpResponse<String> r = Http.get(url(script));
        assertEquals(200, r.statusCode(), script);
        assertFalse(Pattern.compile("fetch\\(\\s*['\"`]/").matcher(r.body()).find(), script + " fetches a root path");
    }
}
