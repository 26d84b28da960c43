package gov.enterprise.dashboard;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The leaders' dashboard in the browser, driven by the stable element ids the page documents for tests. */
final class DashboardPage {

    static final int WIDTH = 1440;

    /**
     * Everything the test compares, read by one script: the page renders between scripts, never during one, so the
     * headline and the tables come from the same refresh.
     */
    private static final String SNAPSHOT = """
            const text = (el) => el ? el.textContent.trim() : null;
            const figures = {};
            document.querySelectorAll('[id^="figure-"]').forEach((el) => {
              figures[el.id.slice('figure-'.length)] = {text: text(el), value: el.dataset.value};
            });
            const rows = (table, key) => [...document.querySelectorAll('#' + table + ' tbody tr')]
              .filter((tr) => tr.hasAttribute(key))
              .map((tr) => [tr.getAttribute(key), ...[...tr.cells].map(text)]);
            return {
              figures,
              handledOfCollected: text(document.getElementById('hero-ratio')),
              breakdown: rows('breakdown-table', 'data-key'),
              ranking: rows('ranking-table', 'data-department'),
              overdue: rows('overdue-table', 'data-issue')
            };
            """;

    private final WebDriver driver;
    private final URI base;

    DashboardPage(WebDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    /**
     * Opens the page and signs in the way a user does: 登录, then on the identity provider's sign-in page (in the
     * local stack the development one, which asks for the subject) the identity, and back to the dashboard.
     */
    void signInAs(String subject) {
        driver.get(base.resolve("/").toString());
        WebElement signIn = until(Duration.ofSeconds(30), d -> {
            WebElement panel = d.findElement(By.id("signin"));
            return panel.isDisplayed() ? panel.findElement(By.id("signin-button")) : null;
        });
        signIn.click();
        WebElement identity = until(Duration.ofSeconds(30), d -> d.findElements(By.id("subject")).stream()
                .findFirst().orElse(null));
        identity.clear();
        identity.sendKeys(subject);
        driver.findElement(By.id("sign-in")).click();
        until(Duration.ofSeconds(30), d -> {
            String refused = d.findElements(By.id("signin-error")).stream().map(WebElement::getText)
                    .filter(text -> !text.isBlank()).findFirst().orElse(null);
            if (refused != null) {
                throw new IllegalStateException("sign-in refused: " + refused);
            }
            return d.findElements(By.id("dashboard")).stream().anyMatch(WebElement::isDisplayed);
        });
        awaitLoaded();
    }

    /** Asks the page to load its figures again (the 查询 button) and waits until it has. */
    void refresh() {
        script("document.getElementById('status').dataset.loaded = 'waiting';");
        driver.findElement(By.id("filter-apply")).click();
        awaitLoaded();
    }

    private void awaitLoaded() {
        String state = until(Duration.ofSeconds(60), d -> {
            String loaded = d.findElement(By.id("status")).getDomAttribute("data-loaded");
            return "true".equals(loaded) || "error".equals(loaded) ? loaded : null;
        });
        if (!"true".equals(state)) {
            throw new AssertionError("the dashboard failed to load: " + driver.findElement(By.id("status")).getText());
        }
    }

    DashboardView read() {
        @SuppressWarnings("unchecked")
        var snapshot = (Map<String, Object>) script(SNAPSHOT);
        return DashboardView.read(snapshot);
    }

    void toggleLanguage() {
        driver.findElement(By.id("lang-toggle")).click();
    }

    String htmlLang() {
        return (String) script("return document.documentElement.lang;");
    }

    String title() {
        return driver.getTitle();
    }

    String label(String i18nKey) {
        return driver.findElement(By.cssSelector(".cards [data-i18n='" + i18nKey + "'], .hero [data-i18n='"
                + i18nKey + "']")).getText();
    }

    String toggleLabel() {
        return driver.findElement(By.id("lang-toggle")).getText();
    }

    String signedInAs() {
        return driver.findElement(By.id("signed-in-as")).getText();
    }

    /**
     * The whole page in one PNG: the window grows to the page's height (Chromium's screenshot covers the viewport
     * only), then returns to its size.
     */
    Path saveFullPage(Path file) throws IOException {
        Dimension before = driver.manage().window().getSize();
        long height = (Long) script("return Math.ceil(document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new Dimension(WIDTH, (int) height));
        try {
            // the charts redraw on resize; let them settle before the picture
            until(Duration.ofSeconds(5), d -> (Boolean) script(
                    "return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));"));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, png);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private Object script(String body) {
        return ((JavascriptExecutor) driver).executeScript(body);
    }

    private <T> T until(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).until(condition::apply);
    }
}
