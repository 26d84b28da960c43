package gov.enterprise.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The leaders' dashboard end to end: headless Chromium signs in through the local stack's development sign-in as
 * the city leader, and every figure the page shows (headline, department breakdown, ranking, overdue list) is the
 * API's answer for the same subject, formatted as the page formats it, in Chinese and in English. Keeps screenshots.
 *
 * <p>Needs a running stack with data ({@code ./stack up -d --demo}) and the Debian packages {@code chromium} and
 * {@code chromium-driver}; runs with {@code -Pbrowser}, see the module's README.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

    /** Other people may be loading the same stack: figures move, so the page and the API are compared until equal. */
    private static final Duration AGREEMENT_TIMEOUT = Duration.ofSeconds(180);

    /**
     * Selenium warns that it has no DevTools bindings for this Chromium's version; the test uses none (WebDriver
     * only). Held in a field: the logging framework keeps loggers weakly, and the level would go with them.
     */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    private final URI base = URI.create(System.getProperty("dashboard.url", "http://127.0.0.1:8080"));
    private final String subject = System.getProperty("dashboard.subject", "leader:331000");
    private final Path screenshots = Path.of(System.getProperty("dashboard.screenshots", "target/screenshots"));

    private ChromeDriver driver;
    private DashboardPage page;
    private OversightApi api;

    @BeforeAll
    void signIn() throws IOException {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        Files.deleteIfExists(screenshots.resolve("failure.png"));
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("dashboard.chromium", "/usr/bin/chromium"));
        // --no-sandbox: CI runs as root in a container, where Chromium's sandbox cannot start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=zh-CN",
                "--window-size=" + DashboardPage.WIDTH + ",1000");
        // the Debian chromium-driver, so that Selenium Manager downloads nothing
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("dashboard.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        page = new DashboardPage(driver, base);
        api = new OversightApi(base, subject);
        page.signInAs(subject);
    }

    @AfterAll
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @Order(1)
    void showsTheApisFiguresInChinese() {
        assertThat(page.htmlLang()).isEqualTo(Language.CHINESE.htmlLang);
        assertThat(page.signedInAs()).startsWith("领导 · ");

        DashboardView shown = agreedView(Language.CHINESE);

        // the reference campaign (or any data) is there: an empty page equal to an empty API proves nothing
        assertThat(shown.issuesCollected()).isPositive();
        assertThat(shown.breakdown()).isNotEmpty();
        assertThat(shown.ranking()).isNotEmpty();
        assertThat(shown.figures().get("handledRate")).endsWith("%");
    }

    @Test
    @Order(2)
    void keepsAScreenshotOfTheChineseDashboard() throws IOException {
        Path file = page.saveFullPage(screenshots.resolve("dashboard.png"));
        assertThat(Files.size(file)).isBetween(10_000L, 500_000L);
    }

    @Test
    @Order(3)
    void theLanguageToggleChangesTheLabelsNotTheFigures() throws IOException {
        assertThat(page.title()).isEqualTo(Language.CHINESE.title);
        assertThat(page.label("issuesCollected")).isEqualTo(Language.CHINESE.issuesCollectedLabel);
        assertThat(page.toggleLabel()).isEqualTo(Language.CHINESE.toggleLabel);

        page.toggleLanguage();
        try {
            assertThat(page.htmlLang()).isEqualTo(Language.ENGLISH.htmlLang);
            assertThat(page.title()).isEqualTo(Language.ENGLISH.title);
            assertThat(page.label("issuesCollected")).isEqualTo(Language.ENGLISH.issuesCollectedLabel);
            assertThat(page.label("handledRate")).startsWith(Language.ENGLISH.handledRateLabel);
            assertThat(page.toggleLabel()).isEqualTo(Language.ENGLISH.toggleLabel);
            assertThat(page.signedInAs()).startsWith("Leader · ");
            agreedView(Language.ENGLISH);
            page.saveFullPage(screenshots.resolve("dashboard-en.png"));
        } finally {
                page.toggleLanguage();
        }
        assertThat(page.htmlLang()).isEqualTo(Language.CHINESE.htmlLang);
        assertThat(page.label("issuesCollected")).isEqualTo(Language.CHINESE.issuesCollectedLabel);
    }

    /**
     * Refreshes the page while reading the API, and compares them part by part (headline, breakdown, ranking,
     * overdue: each part is one API call, by the page as by the test); again until every part has agreed once, or
     * until the timeout, when the last difference is the failure. Figures grow while others load the stack, so a
     * part that differs is usually a moment late, not wrong.
     */
    private DashboardView agreedView(Language language) {
        long deadline = System.nanoTime() + AGREEMENT_TIMEOUT.toNanos();
        Set<DashboardView.Part> agreed = EnumSet.noneOf(DashboardView.Part.class);
        for (int attempt = 1; ; attempt++) {
            CompletableFuture<OversightApi.Answers> answers = CompletableFuture.supplyAsync(api::read);
            page.refresh();
            DashboardView shown = page.read();
            DashboardView expected = DashboardView.expected(answers.join(), language);
            for (DashboardView.Part part : DashboardView.Part.values()) {
                if (shown.sameAs(expected, part)) {
                    agreed.add(part);
                }
            }
            if (agreed.size() == DashboardView.Part.values().length) {
                System.out.printf("dashboard in %s agrees with the API (%d attempt%s): %s%n", language, attempt,
                        attempt == 1 ? "" : "s", shown.figures());
                return shown;
            }
            if (System.nanoTime() > deadline) {
                saveFailure();
                assertThat(shown).as("the dashboard in %s after %d attempts (parts that agreed once: %s)", language,
                        attempt, agreed).usingRecursiveComparison().isEqualTo(expected);
                return shown;
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    private void saveFailure() {
        try {
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve("failure.png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("no failure screenshot: " + e);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
