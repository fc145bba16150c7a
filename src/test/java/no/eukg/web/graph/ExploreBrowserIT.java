package no.eukg.web.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import no.eukg.export.graph.GraphFixtures;
import no.eukg.export.graph.GraphView;
import no.eukg.testing.HeadlessChromium;
import no.eukg.testing.Http;
import no.eukg.testing.TestServer;

/**
 * The explorer in Debian's headless Chromium, driven by Selenium like a person: the graph appears,
 * a click shows details, a double-click expands, filters hide, exports download, and the browser
 * console stays free of errors. Leaves a screenshot in {@code target/explore.png} and the time the
 * whole graph took to load and lay out in {@code target/explore-bench.txt}.
 */
class ExploreBrowserIT {
    private static TestServer server;
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.over(GraphFixtures.project(), Duration.ofSeconds(5));
        chromium = HeadlessChromium.start("--window-size=1400,900");
        driver = chromium.driver();
        driver.manage().window().setSize(new Dimension(1400, 900));
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null)
            chromium.close();
        server.close();
    }

    @AfterEach
    void the_console_has_no_errors() {
        assertEquals(List.of(), chromium.consoleErrors());
    }

    private static String id(String name) {
        return server.ns() + "id/" + name;
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebElement explorer() {
        return driver.findElement(By.id("explorer"));
    }

    /** Waits for the explorer to finish loading and laying out; fails on its error state. */
    private static void awaitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String state = explorer().getAttribute("data-state");
            if ("error".equals(state))
                throw new AssertionError("the explorer failed: " + d.findElement(By.id("explore-status")).getText());
            return "ready".equals(state);
        });
    }

    private static void open(String path) {
        driver.get(server.url(path));
        awaitReady();
    }

    private static long drawnNodes() {
        return (Long) js("return window.cy.nodes().length;");
    }

    private static long visibleNodes() {
        return (Long) js("return window.cy.nodes().filter(function (n) { return n.visible(); }).length;");
    }

    private static long visibleEdges() {
        return (Long) js("return window.cy.edges().filter(function (e) { return e.visible(); }).length;");
    }

    /** The node ids the server gives for a neighbourhood, read from /graph.json. */
    private static Set<String> neighbourhood(String focus) {
        String body = Http.get(server.url("/graph.json?depth=1&focus=" + URLEncoder.encode(focus, StandardCharsets.UTF_8))).body();
        Set<String> ids = new HashSet<>();
        for (JsonValue n : JSON.parse(body).get("elements").getAsObject().get("nodes").getAsArray())
            ids.add(n.getAsObject().get("data").getAsObject().get("id").getAsString().value());
        return ids;
    }

    /** Moves the real mouse over a node, wherever the layout put it. */
    /** Pans the view so that a node sits near the canvas's top right corner, where the details open by default. */
    private static void toTopRight(String nodeId) {
        js("""
                var p = window.cy.getElementById(arguments[0]).renderedPosition();
                var pan = window.cy.pan();
                window.cy.pan({ x: pan.x + window.cy.width() - 60 - p.x, y: pan.y + 60 - p.y });""", nodeId);
    }

    private static Actions overNode(String nodeId) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js("""
                var p = window.cy.getElementById(arguments[0]).renderedPosition();
                var c = window.cy.container();
                return [p.x, p.y, c.clientWidth, c.clientHeight];""", nodeId);
        WebElement canvas = driver.findElement(By.id("explore-canvas"));
        int dx = (int) Math.round(at.get(0).doubleValue() - at.get(2).doubleValue() / 2);
        int dy = (int) Math.round(at.get(1).doubleValue() - at.get(3).doubleValue() / 2);
        return new Actions(driver).moveToElement(canvas, dx, dy);
    }

    @Test
    void the_graph_starts_from_norway_and_its_neighbours() {
        open("/explore");
        // Norway; the EU, the High North and Migration it cooperates with; its office; the EEA it is party to.
        assertEquals(Set.of(id("norway"), id("eu"), id("area/high-north"), id("area/migration"), id("eea")),
                new HashSet<>(neighbourhood(id("norway"))).stream().filter(i -> !i.startsWith("_:")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(6, drawnNodes());
        assertEquals("6", explorer().getAttribute("data-nodes"));
        assertEquals("Country", js("return window.cy.getElementById(arguments[0]).data('classLabel');", id("norway")));
        // The legend counts what is drawn: Norway of the two countries (Iceland is not a neighbour).
        assertEquals("1 of 2", js("var i = document.querySelector('#explore-classes input[value=\"' + arguments[0] + '\"]');"
                + " return i.parentElement.querySelector('.explore-count').textContent;", server.ns() + "ontology#Country"));
    }

    @Test
    void a_click_on_a_node_shows_its_details_and_a_link_to_it() throws IOException {
        open("/explore");
        WebElement details = driver.findElement(By.id("explore-details"));
        assertFalse(details.isDisplayed());
        overNode(id("norway")).click().perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> details.isDisplayed());
        assertEquals("Norway", driver.findElement(By.id("explore-details-title")).getText());
        // The canonical IRI is linked to its copy on this server: browsing stays local.
        assertEquals(server.base() + "id/norway", driver.findElement(By.id("explore-details-link")).getAttribute("href"));
        assertTrue(details.getText().contains(id("norway")) || driver.getPageSource().contains(id("norway")), "the canonical IRI is still named");
        assertTrue(details.getText().contains("Kingdom of Norway"), details.getText());
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target/explore.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void details_open_away_from_the_node_they_describe() throws IOException {
        open("/explore");
        toTopRight(id("eea"));
        overNode(id("eea")).click().perform();
        WebElement details = driver.findElement(By.id("explore-details"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> details.isDisplayed());
        assertEquals(js("return window.cy.getElementById(arguments[0]).data('label');", id("eea")),
                driver.findElement(By.id("explore-details-title")).getText());
        @SuppressWarnings("unchecked")
        List<Number> node = (List<Number>) js("""
                var p = window.cy.getElementById(arguments[0]).renderedPosition();
                var c = window.cy.container().getBoundingClientRect();
                return [c.left + p.x, c.top + p.y];""", id("eea"));
        @SuppressWarnings("unchecked")
        List<Number> panel = (List<Number>) js("""
                var r = document.getElementById('explore-details').getBoundingClientRect();
                return [r.left, r.top, r.right, r.bottom];""");
        double x = node.get(0).doubleValue(), y = node.get(1).doubleValue();
        assertFalse(x >= panel.get(0).doubleValue() && x <= panel.get(2).doubleValue()
                && y >= panel.get(1).doubleValue() && y <= panel.get(3).doubleValue(),
                "the details " + panel + " cover the node they describe at " + node);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target/explore-details-left.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void a_double_click_on_a_node_adds_its_neighbours() {
        open("/explore");
        Set<String> expected = new HashSet<>(neighbourhood(id("norway")));
        expected.addAll(neighbourhood(id("eea")));
        assertTrue(expected.size() > 6, "the EEA must bring a node Norway's neighbourhood lacks (Iceland)");
        // The first click of a double click opens the details; the second must still land on the
        // node. It landed on the details whenever the layout put the EEA at the top right, where
        // they used to open, so the test puts it there.
        toTopRight(id("eea"));
        // Cytoscape tells a double tap from two taps by their timing; on a loaded machine the two
        // clicks can arrive too far apart, so a double click that changed nothing is tried again,
        // up to four times in all. Expanding is idempotent: a repeat after one that worked adds nothing.
        for (int attempt = 1; ; attempt++) {
            overNode(id("eea")).doubleClick().perform();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(attempt == 1 ? 5 : 10)).until(d -> drawnNodes() == expected.size());
                break;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 4)
                    throw e;
            }
        }
        awaitReady();
        assertEquals(1L, js("return window.cy.getElementById(arguments[0]).length;", id("iceland")));
    }

    @Test
    void filters_by_class_area_and_modality_hide_what_does_not_match() {
        open("/explore");
        long all = visibleNodes();
        WebElement box = driver.findElement(By.cssSelector("#explore-classes input[value='" + server.ns() + "ontology#Country']"));
        box.click();
        // Norway is the only country drawn.
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> box.isSelected() == false && visibleNodes() == all - 1);
        box.click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> visibleNodes() == all);

        long edges = visibleEdges();
        driver.findElement(By.cssSelector("#explore-modalities input[value='" + server.ns() + "ontology#Planned']")).click();
        // Norway's planned cooperation on migration goes.
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> visibleEdges() == edges - 1);

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("explore-area"))).selectByVisibleText("High North");
        awaitReady();
        // High North and what is linked to it: Norway and the EU.
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> visibleNodes() == 3);
    }

    @Test
    void search_finds_a_node_that_is_not_drawn_yet() {
        open("/explore");
        driver.findElement(By.id("explore-search-input")).sendKeys("Svalbard");
        driver.findElement(By.cssSelector("#explore-search button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                "Svalbard".equals(d.findElement(By.id("explore-details-title")).getText()));
        assertEquals(1L, js("return window.cy.getElementById(arguments[0]).length;", id("svalbard")));
    }

    @Test
    void every_layout_runs() {
        open("/explore");
        var select = new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("explore-layout")));
        for (String layout : List.of("breadthfirst", "circle", "concentric", "grid", "cose")) {
            select.selectByValue(layout);
            assertEquals(6, drawnNodes(), layout);
        }
    }

    @Test
    void the_whole_graph_loads_and_the_view_exports_as_png_and_graphml() throws IOException {
        open("/explore");
        driver.findElement(By.id("explore-whole")).click();
        long whole = GraphFixtures.expectedNodes(server.store(), server.ns(), GraphView.FACTS);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> drawnNodes() == whole);
        awaitReady();
        String ms = explorer().getAttribute("data-render-ms");
        Files.writeString(Path.of("target/explore-bench.txt"), "explore, fixture graph, whole facts view (" + whole + " nodes): " + ms
                + " ms (request to laid-out graph)\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);

        driver.findElement(By.id("explore-png")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> String.valueOf(explorer().getAttribute("data-last-download")).startsWith("graph.png "));
        driver.findElement(By.id("explore-graphml")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> String.valueOf(explorer().getAttribute("data-last-download")).startsWith("graph.graphml "));
        long bytes = Long.parseLong(explorer().getAttribute("data-last-download").split(" ")[1]);
        assertTrue(bytes > 1000, "GraphML of " + bytes + " bytes");
    }

    @Test
    void the_first_view_of_the_shipped_graph_reads_without_zooming() throws IOException {
        try (TestServer shipped = TestServer.over(TestServer.shippedProject(), Duration.ofSeconds(10))) {
            driver.get(shipped.url("/explore"));
            awaitReady();
            String norway = shipped.ns() + "id/norway";
            String eu = shipped.ns() + "id/eu";
            assertTrue(drawnNodes() > 30, "Norway's neighbourhood: " + drawnNodes());
            double px = ((Number) js("var n = window.cy.getElementById(arguments[0]);"
                    + " return window.cy.zoom() * parseFloat(n.style('font-size'));", norway)).doubleValue();
            assertTrue(px >= 11, "Norway's label is " + px + " px on screen");
            // Norway's label is not under the EU's, or the other way round.
            Object overlap = js("var a = window.cy.getElementById(arguments[0]).renderedBoundingBox({includeLabels: true});"
                    + " var b = window.cy.getElementById(arguments[1]).renderedBoundingBox({includeLabels: true});"
                    + " return !(a.x2 < b.x1 || b.x2 < a.x1 || a.y2 < b.y1 || b.y2 < a.y1);", norway, eu);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, Path.of("target/explore-first-view.png"), StandardCopyOption.REPLACE_EXISTING);
            assertEquals(Boolean.FALSE, overlap, "Norway and the EU overlap");
        }
    }

    /**
     * A benchmark, not a timed test: the shipped graph's whole facts view, from the button press to
     * the laid-out graph, written to target/explore-bench.txt (the issue asks for under 1 s).
     */
    @Test
    void the_whole_shipped_graph_loads_and_its_time_is_recorded() throws IOException {
        try (TestServer shipped = TestServer.over(TestServer.shippedProject(), Duration.ofSeconds(10))) {
            driver.get(shipped.url("/explore"));
            awaitReady();
            assertEquals(shipped.ns() + "id/norway", explorer().getAttribute("data-start"));
            long whole = GraphFixtures.expectedNodes(shipped.store(), shipped.ns(), GraphView.FACTS);
            List<Long> times = new java.util.ArrayList<>();
            for (int round = 0; round < 5; round++) {
                driver.findElement(By.id("explore-reset")).click();
                awaitReady();
                driver.findElement(By.id("explore-whole")).click();
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> drawnNodes() == whole);
                awaitReady();
                times.add(Long.parseLong(explorer().getAttribute("data-render-ms")));
            }
            List<Long> sorted = times.stream().sorted().toList();
            String line = "explore, shipped graph, whole facts view (" + whole + " nodes, "
                    + js("return window.cy.edges().length;") + " edges) in headless Chromium: median "
                    + sorted.get(sorted.size() / 2) + " ms, all " + times + " (request to laid-out graph)\n";
            Files.writeString(Path.of("target/explore-bench.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.print(line);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target/explore-whole.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void the_page_draws_with_no_network_but_this_server() {
        open("/explore");
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) js("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertFalse(resources.isEmpty());
        for (String url : resources)
            assertTrue(url.startsWith(server.base()), "fetched from elsewhere: " + url);
    }
}
