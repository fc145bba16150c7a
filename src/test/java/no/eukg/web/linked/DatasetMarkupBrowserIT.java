package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;

import no.eukg.linked.LinkedFixture;
import no.eukg.testing.HeadlessChromium;
import no.eukg.testing.TestServer;

/**
 * The pages with JSON-LD for search engines in headless Chromium: they load with no console error
 * and no Content-Security-Policy violation (the data block is not a script the browser runs), and
 * the HTML parser hands the block's text over whole, as JSON, even when a literal holds a
 * {@code </script>}.
 */
class DatasetMarkupBrowserIT {
    private static TestServer shipped;
    private static TestServer fixture;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        shipped = TestServer.over(TestServer.shippedProject(), Duration.ofSeconds(30));
        fixture = TestServer.over(LinkedFixture.project(), Duration.ofSeconds(10));
        chromium = HeadlessChromium.start("--lang=en-GB", "--window-size=1200,900");
        chromium.driver().manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (chromium != null)
            chromium.close();
        if (shipped != null)
            shipped.close();
        if (fixture != null)
            fixture.close();
    }

    /** The page's JSON-LD blocks, each parsed by the browser's own {@code JSON.parse}. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> blocks() {
        return (List<Map<String, Object>>) ((JavascriptExecutor) chromium.driver()).executeScript(
                "return [...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s => JSON.parse(s.textContent));");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/dataset", "/page/norway", "/page/norway?lang=nb", "/page/fact/brende-holds-minister-of-foreign-affairs"})
    void the_page_loads_with_its_json_ld_and_no_console_error_or_csp_violation(String path) {
        chromium.consoleErrors();
        chromium.driver().get(shipped.url(path));
        assertTrue(chromium.driver().findElement(By.tagName("h1")).isDisplayed(), path);
        // An inline script the browser would run is refused by the policy, and Chromium says so here.
        assertEquals(List.of(), chromium.consoleErrors(), path);
        List<Map<String, Object>> blocks = blocks();
        assertEquals(1, blocks.size(), path);
        assertTrue(blocks.get(0).containsKey("@context") && blocks.get(0).containsKey("@id"), path + ": " + blocks.get(0).keySet());
    }

    @Test
    void a_literal_holding_a_script_end_tag_stays_inside_the_json_and_never_runs() {
        chromium.consoleErrors();
        chromium.driver().get(fixture.url("/page/markup"));
        assertThrows(NoAlertPresentException.class, () -> chromium.driver().switchTo().alert());
        List<Map<String, Object>> blocks = blocks();
        assertEquals(1, blocks.size());
        // The JSON holds the literal exactly, markup and all: the parser did not end the element early.
        assertTrue(blocks.get(0).toString().contains("<script>alert('pwned')</script> must show as text"), blocks.get(0).toString());
        assertEquals(1L, ((JavascriptExecutor) chromium.driver()).executeScript("return document.querySelectorAll('script').length;"),
                "the data block is the page's only script element");
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    void a_screenshot_of_the_home_page() throws Exception {
        chromium.driver().get(shipped.url("/"));
        Path shot = Path.of("target", "screenshots", "markup-home.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, chromium.driver().getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(shot) > 10_000, "a screenshot at " + shot);
    }
}
