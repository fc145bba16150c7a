package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import no.eukg.linked.LinkedFixture;
import no.eukg.testing.TestServer;

/** The HTML pages as a reader sees them, in headless Chromium. */
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static TestServer server;
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Chromium and chromedriver are not installed");
        server = TestServer.over(LinkedFixture.project(), Duration.ofSeconds(10));
        profile = Files.createTempDirectory("eukg-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null)
            browser.quit();
        if (server != null)
            server.close();
        if (profile != null)
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
    }

    @Test
    void the_page_of_norway_shows_its_label_facts_and_a_highlighted_source_sentence() {
        browser.get(server.url("/id/norway"));
        assertEquals(server.url("/page/norway"), browser.getCurrentUrl(), "the browser followed the 303");
        assertEquals("Norway", browser.findElement(By.id("label")).getText());
        WebElement facts = browser.findElement(By.id("facts"));
        assertTrue(facts.getText().contains("cooperates with"), facts.getText());
        assertTrue(facts.getText().contains("European Union"));
        List<WebElement> marks = facts.findElements(By.cssSelector("blockquote.sentence mark"));
        assertTrue(marks.stream().anyMatch(m -> m.getText().equals("Norway") && m.isDisplayed()), "a highlighted mention");
        WebElement quote = marks.get(0).findElement(By.xpath("./ancestor::blockquote"));
        assertTrue(quote.getText().contains("cooperates closely with the EU"), quote.getText());
        assertTrue(quote.findElement(By.cssSelector("a.sid")).getAttribute("href").startsWith(server.url("/source#s")));
        assertTrue(browser.findElement(By.cssSelector(".neighbourhood svg")).isDisplayed(), "the neighbourhood picture");
    }

    @Test
    void the_language_switch_shows_the_norwegian_label() {
        browser.get(server.url("/page/norway"));
        assertEquals("Norway", browser.findElement(By.id("label")).getText());
        browser.findElement(By.cssSelector(".lang-switch a")).click();
        assertEquals("Norge", browser.findElement(By.id("label")).getText());
        assertEquals("Kongeriket Norge.", browser.findElement(By.id("description")).getText());
    }

    @Test
    void a_literal_holding_a_script_is_shown_as_text_and_never_runs() {
        browser.get(server.url("/page/markup"));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertEquals("<script>alert('pwned')</script> must show as text", browser.findElement(By.id("description")).getText());
        assertEquals("Markup <b>test</b>", browser.findElement(By.id("label")).getText());
        assertEquals(0L, ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('main script, main b').length;"));
    }

    @Test
    void the_source_text_links_sentences_and_mentions() {
        browser.get(server.url("/source#s2"));
        WebElement s2 = browser.findElement(By.id("s2"));
        assertTrue(s2.getText().contains("Norway will meet the European Union in Tromsø in 2015."), s2.getText());
        WebElement tromso = s2.findElement(By.linkText("Tromsø"));
        tromso.click();
        assertEquals("Tromsø", browser.findElement(By.id("label")).getText());
    }
}
