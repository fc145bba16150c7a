package no.eukg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import no.eukg.testing.HeadlessChromium;
import no.eukg.testing.Http;
import no.eukg.testing.TestServer;

/**
 * {@code /sparql} in a browser is YASGUI, from the jar, under the server's Content-Security-Policy:
 * it runs a query against this endpoint and shows the results; programs still get the protocol.
 * Leaves a screenshot in {@code target/sparql-editor.png}.
 */
class SparqlEditorBrowserIT {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static TestServer server;
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        server = TestServer.over(TestServer.shippedProject(), Duration.ofSeconds(10));
        chromium = HeadlessChromium.start("--window-size=1400,900");
        driver = chromium.driver();
        driver.manage().window().setSize(new Dimension(1400, 900));
    }

    @AfterAll
    static void stop() {
        if (chromium != null)
            chromium.close();
        server.close();
    }

    @AfterEach
    void the_console_has_no_errors() {
        assertEquals(List.of(), chromium.consoleErrors());
    }

    private static String editorText() {
        return (String) driver.executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue();");
    }

    @Test
    void a_query_linked_to_the_endpoint_opens_in_the_editor_and_runs() throws IOException {
        String query = "SELECT ?label WHERE { <" + server.ns() + "id/norway> <http://www.w3.org/2000/01/rdf-schema#label> ?label }";
        driver.get(server.url("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        String results = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            String text = d.findElements(By.cssSelector(".yasr")).stream().map(e -> e.getText()).reduce("", String::concat);
            return text.contains("Norge") ? text : null;
        });
        assertTrue(results.contains("Norway"), results);
        assertEquals(query, editorText());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target/sparql-editor.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void an_example_puts_a_canned_querys_text_in_the_editor() {
        driver.get(server.url("/sparql"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".CodeMirror")).isEmpty());
        driver.findElement(By.cssSelector("a.example[data-text$='/strategy-document.rq']")).click();
        String text = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            String t = editorText();
            return t.contains("BASE <") ? t : null;
        });
        assertTrue(text.contains("SELECT") || text.contains("select"), text);
    }

    @Test
    void programs_still_get_the_protocol_and_only_a_browser_gets_the_editor() {
        HttpResponse<String> page = Http.get(server.url("/sparql"), "Accept", BROWSER);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"yasgui\""), page.body());
        assertFalse(page.body().contains("<script>"), "no inline script");
        // The service description as a browser reads it, beside the editor.
        assertTrue(page.body().contains("<dt>sd:resultFormat</dt>") && page.body().contains("formats:SPARQL_Results_JSON")
                && page.body().contains("<dt>void:triples</dt>"), page.body());
        HttpResponse<String> description = Http.get(server.url("/sparql"), "Accept", "*/*");
        assertTrue(description.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), "the service description");
        String ask = URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        HttpResponse<String> json = Http.get(server.url("/sparql?query=" + ask), "Accept", "application/sparql-results+json");
        assertTrue(json.body().contains("\"boolean\""), json.body());
        HttpResponse<String> format = Http.get(server.url("/sparql?format=json&query=" + ask), "Accept", BROWSER);
        assertTrue(format.body().contains("\"boolean\""), "format= names what the browser wants: " + format.body());
    }
}
