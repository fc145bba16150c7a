package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import no.eukg.linked.LinkedFixture;
import no.eukg.testing.HeadlessChromium;
import no.eukg.testing.TestServer;

/** The HTML pages as a reader sees them, in headless Chromium. */
class BrowserIT {
    private static TestServer server;
    private static WebDriver browser;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        server = TestServer.over(LinkedFixture.project(), Duration.ofSeconds(10));
        chromium = HeadlessChromium.start("--lang=en-GB");
        browser = chromium.driver();
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (chromium != null)
            chromium.close();
        if (server != null)
            server.close();
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
