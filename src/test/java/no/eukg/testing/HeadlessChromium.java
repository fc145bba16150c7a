package no.eukg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The one headless Chromium of the browser tests: Debian's {@code chromium} driven by its
 * {@code chromium-driver}, a fresh profile deleted on close, the browser console kept for the
 * test to read. When either is missing the test fails and says what to install, rather than
 * being skipped (a skipped browser test would let a broken page pass) or failing obscurely.
 */
public final class HeadlessChromium implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts a browser.
     *
     * @param extraArguments more Chromium switches, e.g. {@code --window-size=1400,900}, {@code --lang=en-GB}
     */
    public static HeadlessChromium start(String... extraArguments) {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM))
            missing.add(CHROMIUM + " (Debian package chromium)");
        if (!Files.isExecutable(DRIVER))
            missing.add(DRIVER + " (Debian package chromium-driver)");
        if (!missing.isEmpty())
            throw new IllegalStateException("the browser tests need headless Chromium, and this machine lacks "
                    + String.join(" and ", missing) + ": run .ci/run, or apt-get install chromium chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("eukg-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the background-networking switches Chromium keeps calling hosts this sandbox cannot reach.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    public ChromeDriver driver() { return driver; }

    /**
     * The console's errors since the last call (the log is read once): a script error, a refused
     * request (the Content-Security-Policy's, say) or a failed load, each as Chromium wrote it.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            profile.toFile().deleteOnExit();
        }
    }
}
