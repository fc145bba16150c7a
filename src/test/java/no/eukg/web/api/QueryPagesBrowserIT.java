package no.eukg.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import no.eukg.testing.HeadlessChromium;
import no.eukg.testing.TestServer;

/** The canned-query pages in a real browser (headless Chromium), under the server's Content-Security-Policy. */
class QueryPagesBrowserIT {
    private static TestServer server;
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        server = TestServer.over(QueryApiIT.PROJECT, Duration.ofSeconds(5));
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null)
            chromium.close();
        if (server != null)
            server.close();
    }

    @Test
    void swagger_ui_renders_every_operation_from_the_jar() {
        browser.get(server.url("/api/"));
        List<WebElement> operations = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> ops = d.findElements(By.cssSelector(".opblock"));
            return ops.size() >= 10 ? ops : null;
        });
        java.util.Set<String> distinct = new java.util.TreeSet<>();
        for (WebElement op : operations)
            distinct.add(op.findElement(By.cssSelector(".opblock-summary-method")).getText() + " "
                    + op.findElement(By.cssSelector(".opblock-summary-path")).getAttribute("data-path"));
        // 9 queries and the catalogue itself, each shown once: one operation a query, under one tag.
        assertEquals(9 + 1, distinct.size(), distinct.toString());
        assertEquals(distinct.size(), operations.size(), "no operation twice");
        assertTrue(distinct.contains("GET /api/queries/neighbours"), distinct.toString());
        assertTrue(browser.getPageSource().contains("/api/queries/facts-by-modality"));
    }

    @Test
    void a_query_runs_from_its_form_and_shows_a_table_with_links() {
        browser.get(server.url("/api/queries"));
        WebElement form = browser.findElement(By.cssSelector("#neighbours form.run"));
        form.findElement(By.name("entity")).sendKeys(server.ns() + "id/norway");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement table = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> t = d.findElements(By.cssSelector("table.results"));
            return t.isEmpty() ? null : t.get(0);
        });
        List<WebElement> links = table.findElements(By.cssSelector("td a"));
        assertTrue(links.stream().anyMatch(a -> (server.base() + "id/eu").equals(a.getAttribute("href"))), table.getText());
        // cooperates with the EU, a country; "joins the sanctions" is planned, so not in the default graph
        assertEquals(2, table.findElements(By.cssSelector("tbody tr")).size());
    }
}
