package org.newsbrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in real headless Chromium (Debian's chromium and chromium-driver, installed by
 * {@code .ci/run}): a collection created through the form, its brief with citation popups,
 * figures and timeline, and hostile article text that must never execute. Skips, saying so,
 * where Chromium is not installed, unless {@code NEWSBRIEF_REQUIRE_BROWSER=1} (as in CI), where
 * its absence fails.
 */
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path data;

    @TempDir
    static Path profile;

    static TestServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "1".equals(System.getenv("NEWSBRIEF_REQUIRE_BROWSER"))) {
            throw new AssertionError("NEWSBRIEF_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        Assumptions.assumeTrue(installed, "browser tests skipped: install Debian's chromium and chromium-driver to run them");
        server = new TestServer(TestServer.config(data));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1200,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void createsACollectionFromTheFormAndShowsItsBrief() throws IOException {
        browser.get(server.url("/"));
        browser.findElement(By.id("name")).sendKeys("Aleppo, November 2016");
        List<String> files;
        try (Stream<Path> list = Files.list(TestServer.EXAMPLE)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> p.toAbsolutePath().toString()).toList();
        }
        browser.findElement(By.id("files")).sendKeys(String.join("\n", files));
        assertThat(browser.findElements(By.cssSelector("#file-list li"))).hasSize(5);
        browser.findElement(By.id("create")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        wait.until(ExpectedConditions.urlContains("/collections/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));

        assertThat(browser.findElement(By.id("title")).getText()).containsIgnoringCase("Aleppo");
        List<WebElement> sentences = browser.findElements(By.cssSelector("#summary p"));
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(3);

        WebElement citation = browser.findElement(By.cssSelector("#summary .cite"));
        new Actions(browser).moveToElement(citation).perform();
        WebElement popup = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("popup")));
        wait.until(d -> !popup.findElements(By.tagName("mark")).isEmpty());
        String cited = popup.findElement(By.tagName("mark")).getText();
        assertThat(cited).isNotBlank();
        assertThat(sentences.get(0).getText()).contains(cited.substring(0, Math.min(30, cited.length())));

        new Actions(browser).moveToElement(browser.findElement(By.id("title"))).perform();
        WebElement figureCitation = browser.findElement(By.cssSelector("#figures .cite"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", figureCitation);
        wait.until(ExpectedConditions.visibilityOf(popup));
        ((JavascriptExecutor) browser).executeScript("arguments[0].blur()", figureCitation);

        List<WebElement> conflicts = browser.findElements(By.cssSelector("#figures tr.conflict .badge"));
        assertThat(conflicts).isNotEmpty();
        assertThat(conflicts.get(0).getText()).isEqualTo("Conflict");
        assertThat(browser.findElement(By.id("figures")).getText()).contains("250,000", "275,000");

        int events = browser.findElements(By.cssSelector("#timeline li")).size();
        assertThat(events).isPositive();
        assertThat(browser.findElements(By.cssSelector("#timeline-axis svg circle"))).hasSize(events);
        assertThat(browser.findElements(By.cssSelector("#sources li"))).hasSize(5);
        assertThat(browser.findElement(By.id("download-md")).getAttribute("href")).contains("format=md");

        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1200, (int) Math.min(8000, height + 200)));
        Path shot = Path.of("target", "screenshots", "brief-page.png");
        Files.createDirectories(shot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(new File(shot.toString())).isFile();

        browser.manage().window().setSize(new Dimension(390, 844));
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("horizontal overflow on a phone-sized window").isLessThanOrEqualTo(0L);
        browser.manage().window().setSize(new Dimension(1200, 900));
    }

    @Test
    void hostileArticleTextIsShownAsTextAndNeverRuns() {
        String script = "<script>window.__xss='script'</script>";
        String image = "<img src=x onerror=\"window.__xss='onerror'\">";
        String link = "<a href=\"javascript:window.__xss='link'\">read more</a>";
        Map<String, Object> hostile = Map.of("title", "Siege of Aleppo " + script + image,
                "source", "<b onmouseover=\"window.__xss='outlet'\">Evil News</b>",
                "url", "javascript:window.__xss='url'",
                "date", "2016-11-27",
                "text", "Government forces seized the Hanano district of Aleppo on Saturday. " + script + " " + image + " " + link
                        + "\nAbout 250,000 people are besieged in the east of the city, " + image + " the United Nations said.");
        Map<String, Object> second = Map.of("title", "Aleppo residents flee " + link, "source", "Other <i>News</i>",
                "date", "2016-11-28", "url", "https://example.org/a?x=\"><script>window.__xss='attr'</script>",
                "text", "Thousands of residents fled the Hanano district of Aleppo on Sunday " + script
                        + "\nAbout 275,000 people are besieged in eastern Aleppo, " + link + " officials said.");
        var created = server.json("POST", "/api/collections", Map.of("name", "Hostile " + script, "articles", List.of(hostile, second)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = TestServer.body(created).get("id").asText();

        browser.get(server.url("/"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#collections li")).isEmpty());
        assertNothingRan();

        browser.get(server.url("/collections/" + id));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
        for (WebElement cite : browser.findElements(By.cssSelector(".cite"))) {
            new Actions(browser).moveToElement(cite).perform();
        }
        for (WebElement anchor : browser.findElements(By.cssSelector("#sources a"))) {
            assertThat(anchor.getAttribute("href")).startsWith("https://");
        }
        assertThat(browser.findElement(By.id("title")).getText()).contains("<script>");
        assertNothingRan();

        browser.get(server.url("/api/collections/" + id + "/brief?format=html"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Siege of Aleppo");
        assertNothingRan();
    }

    @Test
    void longUnbrokenNamesDoNotWidenThePageOnAPhone() {
        String longWord = "Aleppo-" + "x".repeat(150);
        Map<String, Object> first = Map.of("title", "Siege-of-" + longWord, "source", "Outlet" + "y".repeat(120),
                "date", "2016-11-27", "text", "Government forces seized the Hanano district of Aleppo on Saturday."
                        + "\nAbout 250,000 people are besieged in the east of " + longWord + ", the United Nations said.");
        Map<String, Object> second = Map.of("title", "Residents-flee-" + longWord, "source", "Other" + "z".repeat(120),
                "date", "2016-11-28", "text", "Thousands of residents fled the Hanano district of Aleppo on Sunday."
                        + "\nAbout 275,000 people are besieged in eastern Aleppo, officials said.");
        var created = server.json("POST", "/api/collections", Map.of("name", "Long-" + longWord,
                "articles", List.of(first, second)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = TestServer.body(created).get("id").asText();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(server.url("/"));
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#collections li")).isEmpty());
            assertThat(horizontalOverflow()).as("collection list with a long name").isLessThanOrEqualTo(0L);
            browser.get(server.url("/collections/" + id));
            new WebDriverWait(browser, Duration.ofSeconds(90))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
            assertThat(horizontalOverflow()).as("brief with long titles and outlets").isLessThanOrEqualTo(0L);
        } finally {
            browser.manage().window().setSize(new Dimension(1200, 900));
        }
    }

    @Test
    void aListTheServerCannotGiveIsAnErrorNotAnEmptyList() {
        // the API answers 500: the page says so, not "No collections yet."
        withCollectionsAnswering(500, "JSON.stringify({ error: 'the store is unavailable' })", () -> {
            browser.get(server.url("/"));
            WebElement error = new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("list-error")));
            assertThat(error.getText()).contains("could not be loaded", "the store is unavailable");
            assertThat(browser.findElement(By.id("empty-list")).isDisplayed()).isFalse();
        });
    }

    /** Runs {@code check} while the page's {@code fetch} of /api/collections answers {@code status} with the JS expression {@code body}. */
    private void withCollectionsAnswering(int status, String body, Runnable check) {
        String stub = "const realFetch = window.fetch;"
                + "window.fetch = (url, options) => String(url) === '/api/collections'"
                + " ? Promise.resolve(new Response(" + body + ","
                + " { status: " + status + ", headers: { 'Content-Type': 'application/json' } }))"
                + " : realFetch(url, options);";
        String script = (String) browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", stub))
                .get("identifier");
        try {
            check.run();
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
    }

    @Test
    void aListTheNetworkCannotReachIsAnErrorNotAnEmptyList() {
        browser.get(server.url("/"));
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/collections")));
        try {
            browser.navigate().refresh();
            WebElement error = new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("list-error")));
            assertThat(error.getText()).contains("could not be loaded", "server could not be reached");
            assertThat(browser.findElement(By.id("empty-list")).isDisplayed()).isFalse();
        } finally {
            browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            browser.executeCdpCommand("Network.disable", Map.of());
        }
    }

    @Test
    void anEmptyListSaysSoWithoutAnError() {
        withCollectionsAnswering(200, "'{\"collections\":[]}'", () -> {
            browser.get(server.url("/"));
            WebElement empty = new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("empty-list")));
            assertThat(empty.getText()).isEqualTo("No collections yet.");
            assertThat(browser.findElement(By.id("list-error")).isDisplayed()).isFalse();
        });
    }

    private static Long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    }

    private static void assertNothingRan() {
        JavascriptExecutor js = browser;
        assertThat(js.executeScript("return window.__xss === undefined ? null : String(window.__xss)")).isNull();
        assertThat((Long) js.executeScript("return document.querySelectorAll('[onerror],[onmouseover],[onclick]').length")).isZero();
        assertThat((Long) js.executeScript("return document.querySelectorAll('a[href^=\"javascript\"]').length")).isZero();
        assertThat((Long) js.executeScript("return Array.from(document.scripts).filter(s => !s.src).length")).isZero();
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert was opened");
        } catch (NoAlertPresentException expected) {
            // nothing executed
        }
    }
}
