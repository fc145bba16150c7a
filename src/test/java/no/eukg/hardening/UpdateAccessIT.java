package no.eukg.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.eukg.testing.Http;
import no.eukg.testing.JarProcess;
import no.eukg.testing.TestServer;
import no.eukg.validate.ValidFixture;

/** Updates stay off; a deployment that turns them on gets them only behind authentication. */
class UpdateAccessIT {
    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final String INSERT = "INSERT DATA { <http://example.org/new> <http://example.org/p> \"added\" }";

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean added(String base) {
        String ask = "ASK { <http://example.org/new> ?p ?o }";
        return Http.get(base + "sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8), "Accept", "application/sparql-results+json")
                .body().contains("true");
    }

    @Test
    void with_update_on_only_the_authenticated_user_can_update_and_the_password_is_never_logged(@TempDir Path tmp) throws Exception {
        Path credentials = Files.writeString(tmp.resolve("credentials"), "editor:" + PASSWORD + "\n");
        // serve validates the project first: a project that validates (the tiny one does not cite real sentences)
        Path project = ValidFixture.VALID.toAbsolutePath();
        try (JarProcess jar = JarProcess.serve(project, "--update", "--credentials-file", credentials.toString())) {
            String url = jar.awaitServing(Duration.ofSeconds(30)).local("/");

            var anonymous = Http.post(url + "update", "application/sparql-update", INSERT);
            assertEquals(401, anonymous.statusCode());
            var wrong = Http.post(url + "update", "application/sparql-update", INSERT, "Authorization", basic("editor", "not-the-password"));
            assertEquals(401, wrong.statusCode());
            var stranger = Http.post(url + "update", "application/sparql-update", INSERT, "Authorization", basic("mallory", PASSWORD));
            assertEquals(401, stranger.statusCode());
            assertFalse(added(url), "a refused update changed the data");
            var viaQueryEndpoint = Http.post(url + "sparql", "application/sparql-update", INSERT, "Authorization", basic("editor", PASSWORD));
            assertTrue(viaQueryEndpoint.statusCode() >= 400 && viaQueryEndpoint.statusCode() < 500, "the query endpoint stays read-only");

            var editor = Http.post(url + "update", "application/sparql-update", INSERT, "Authorization", basic("editor", PASSWORD));
            assertTrue(editor.statusCode() == 200 || editor.statusCode() == 204, "status " + editor.statusCode() + ": " + editor.body());
            assertTrue(added(url), "the authenticated update is visible to queries, which need no login");

            // The request log line is written once the answer has gone: wait for it, then read the whole log.
            jar.awaitLine(java.util.regex.Pattern.compile("POST /update 20\\d"), Duration.ofSeconds(10));
            assertFalse(jar.output().contains(PASSWORD), "the password appeared in the log:\n" + jar.output());
            assertFalse(jar.output().contains(Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8))));
        }
    }

    @Test
    void without_update_there_is_no_update_endpoint_and_update_without_credentials_is_bad_usage(@TempDir Path tmp) throws Exception {
        try (TestServer server = TestServer.over(TestServer.tinyProject(), Duration.ofSeconds(5))) {
            var r = Http.post(server.url("/update"), "application/sparql-update", INSERT);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        }
        try (JarProcess jar = JarProcess.serve(TestServer.tinyProject().toAbsolutePath(), "--update")) {
            assertEquals(2, jar.waitFor(Duration.ofSeconds(30)));
            assertTrue(jar.output().contains("--update needs credentials"), jar.output());
        }
        Path weak = Files.writeString(tmp.resolve("weak"), "editor:short\n");
        try (JarProcess jar = JarProcess.serve(TestServer.tinyProject().toAbsolutePath(),
                "--update", "--credentials-file", weak.toString())) {
            assertEquals(2, jar.waitFor(Duration.ofSeconds(30)));
            assertTrue(jar.output().contains("at least 12 characters"), jar.output());
            assertFalse(jar.output().contains("editor:short"));
        }
    }
}
