package io.github.backendadvisor.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.backendadvisor.engine.Advice;
import io.github.backendadvisor.engine.AdviceRequest;
import io.github.backendadvisor.engine.Advisor;
import io.github.backendadvisor.engine.EvaluationOptions;
import io.github.backendadvisor.report.ReportContext;
import io.github.backendadvisor.report.ReportFormat;
import io.github.backendadvisor.report.ReportWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens example reports in headless Chromium (Debian's chromium and chromium-driver; nothing is
 * downloaded): the key sections are visible, the console is clean, no network request is made,
 * axe-core finds no serious or critical violation in the light and the dark scheme, the chart
 * agrees with report.json, nothing overflows at a narrow and a wide width. Screenshots go to
 * target/screenshots. Skipped where Chromium or axe-core is missing, except in CI, where that fails.
 */
class BrowserReportTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> SECTIONS = List.of("answer-heading", "ranking-heading", "values-heading",
            "why-heading", "sensitivity-heading", "exclusions-heading", "rules-heading", "missing-heading",
            "descriptor-heading", "packs-heading");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ChromeDriver driver;
    private static String axe;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        Path axePath = Path.of(System.getProperty("axe.path", "src/test/browser/node_modules/axe-core/axe.min.js"));
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) missing.add(CHROMIUM + " (Debian package chromium)");
        if (!Files.isExecutable(CHROMEDRIVER)) missing.add(CHROMEDRIVER + " (Debian package chromium-driver)");
        if (!Files.isRegularFile(axePath)) missing.add(axePath + " (npm ci --prefix plugin/src/test/browser)");
        if (!missing.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("the browser test needs " + missing + "; .ci/run installs them");
            }
            Assumptions.abort("browser test skipped: missing " + missing);
        }
        axe = Files.readString(axePath, StandardCharsets.UTF_8);
        // under target/, and deleted after the tests, so no run leaves a browser profile in /tmp
        profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (profile != null) {
            try (Stream<Path> paths = Files.walk(profile)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
            } catch (IOException e) {
                // best effort: what a browser process still writes while quitting stays under target/
            }
        }
    }

    /** Renders an example's reports with the default pack into target/browser-reports/NAME. */
    private static Path render(String example) throws IOException {
        return render(Path.of(System.getProperty("examples.dir", "../examples")).resolve(example), example);
    }

    /** Renders the descriptor in {@code dir} into target/browser-reports/NAME. */
    private static Path render(Path dir, String example) throws IOException {
        AdviceRequest request = new AdviceRequest(dir.resolve("backend-requirements.yaml"), "backend-requirements.yaml",
                dir, List.of(), true, Set.of(), List.of(), EvaluationOptions.defaults(LocalDate.of(2026, 11, 26)),
                "pom.xml", BrowserReportTest.class.getClassLoader());
        Advice advice = new Advisor().advise(request);
        assertTrue(advice.evaluation() != null, advice.diagnostics().toString());
        Path out = Path.of("target/browser-reports", example);
        ReportWriter.write(new ReportContext(advice, "backend-requirements.yaml", null, "test", request.options()),
                EnumSet.of(ReportFormat.HTML, ReportFormat.JSON), out);
        return out;
    }

    @org.junit.jupiter.api.Test
    void aLongServiceNameWrapsOnAPhone() throws IOException {
        // a name without a place to break (a generated id, say) wraps in the heading instead of widening the page
        Path example = Path.of(System.getProperty("examples.dir", "../examples")).resolve("chat-service");
        Path dir = Files.createDirectories(Path.of("target/browser-reports/long-name-descriptor"));
        Files.writeString(dir.resolve("backend-requirements.yaml"), Files.readString(example.resolve(
                "backend-requirements.yaml"), StandardCharsets.UTF_8).replaceFirst("(?m)^  name: .*$", "  name: "
                + "chat".repeat(30)), StandardCharsets.UTF_8);
        Path out = render(dir, "long-name");
        driver.manage().window().setSize(new Dimension(390, 900));
        driver.get(out.resolve("report.html").toUri().toString());
        Number overflow = (Number) js("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow.intValue() <= 0, "the page is wider than the window by " + overflow);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat-service", "ml-platform", "inventory-crud", "storefront"})
    void reportIsReadableAccessibleAndSelfContained(String example) throws IOException {
        Path out = render(example);
        JsonNode json = JSON.readTree(out.resolve("report.json").toFile());
        for (int width : new int[] {390, 1280}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            driver.manage().logs().get(LogType.PERFORMANCE); // drain earlier events
            driver.get(out.resolve("report.html").toUri().toString());
            for (String id : SECTIONS) {
                assertTrue(driver.findElement(By.id(id)).isDisplayed(), example + "@" + width + ": " + id);
            }
            assertEquals(json.get("headline").asText(), driver.findElement(By.cssSelector(".answer p")).getText());
            checkConsoleAndNetwork(example + "@" + width);
            Number overflow = (Number) js("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow.intValue() <= 0, example + "@" + width + ": the page is wider than the window by " + overflow);
            // a table scrolls sideways on a narrow screen, but its caption stays readable in the window
            Number cut = (Number) js("return Math.max(0, ...Array.from(document.querySelectorAll('caption'),"
                    + " c => c.getBoundingClientRect().right - window.innerWidth));");
            assertTrue(cut.intValue() <= 0, example + "@" + width + ": a caption runs past the window by " + cut);
            // and a rule id in a table breaks at its hyphens only, never inside a word
            String broken = (String) js("return Array.from(document.querySelectorAll('td code.id, th code.id')).filter(c =>"
                    + " c.getClientRects().length > c.textContent.split(/[-\\s]+/).length).map(c => c.textContent).join(', ');");
            assertEquals("", broken, example + "@" + width + ": rule ids broken inside a word");
            // and a field of the descriptor as read, or a pack's source, breaks after its dots, slashes or colons only
            String brokenPaths = (String) js("return Array.from(document.querySelectorAll('code.path')).filter(c =>"
                    + " new Set(Array.from(c.getClientRects(), r => Math.round(r.top))).size > c.textContent.split(/[.\\/:]/).length)"
                    + ".map(c => c.textContent).join(', ');");
            assertEquals("", brokenPaths, example + "@" + width + ": descriptor fields or pack sources broken inside a name");
            // a finding's message or an exclusion's reason reads as lines of text, not a word per line:
            // its column keeps 14rem, and the table scrolls sideways for the rest
            String narrow = (String) js("return Array.from(document.querySelectorAll('td.prose')).filter(c =>"
                    + " c.getBoundingClientRect().width < 14 * parseFloat(getComputedStyle(document.documentElement).fontSize))"
                    + ".map(c => c.textContent.slice(0, 40)).join(' | ');");
            assertEquals("", narrow, example + "@" + width + ": text cells squeezed under 14rem");
            // the charts' 12-unit labels stay at 10 pixels or more: on a narrow screen a chart keeps a
            // width of its own and scrolls sideways rather than shrinking its text
            Number smallest = (Number) js("return Math.min(...Array.from(document.querySelectorAll('svg.chart'),"
                    + " s => s.getBoundingClientRect().width / s.viewBox.baseVal.width * 12));");
            assertTrue(smallest.doubleValue() >= 10, example + "@" + width + ": chart text shrinks to " + smallest + " px");
            if (example.equals("chat-service")) {
                assertEquals(1L, js("return document.querySelectorAll('td.prose').length;"), "its one finding is checked");
            }
            checkChartAgainstJson(json);
            checkAxe(example + "@" + width + " light");
            screenshot(example + "-" + width);
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            driver.navigate().refresh();
            checkAxe(example + " dark");
            screenshot(example + "-1280-dark");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /** Negative control: the same check does fail on a page with known violations. */
    @org.junit.jupiter.api.Test
    void axeCheckCatchesAKnownViolation() throws IOException {
        Path page = Path.of("target/browser-reports/violation.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!DOCTYPE html><html><head><title>x</title></head><body><main>"
                + "<input type=\"text\"><p style=\"color:#ddd;background:#fff\">low contrast</p></main></body></html>");
        driver.get(page.toUri().toString());
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> checkAxe("control"));
        assertTrue(e.getMessage().contains("label") || e.getMessage().contains("color-contrast"), e.getMessage());
    }

    private void checkConsoleAndNetwork(String where) {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            assertTrue(e.getLevel().intValue() < java.util.logging.Level.SEVERE.intValue(), where + ": console: " + e.getMessage());
        }
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String m = e.getMessage();
            if (!m.contains("\"Network.requestWillBeSent\"")) continue;
            try {
                String url = JSON.readTree(m).at("/message/params/request/url").asText();
                assertTrue(url.startsWith("file:") || url.startsWith("data:") || url.startsWith("about:"),
                        where + ": network request to " + url);
            } catch (IOException ex) {
                fail(ex);
            }
        }
    }

    /** Every bar of the value chart names a candidate and the value report.json gives it. */
    private void checkChartAgainstJson(JsonNode json) {
        List<WebElement> titles = driver.findElements(By.cssSelector("svg[aria-labelledby='values-title values-desc'] rect > title"));
        int criteria = json.get("weights").size();
        assertEquals(criteria * json.get("ranking").size(), titles.size(), "one bar per candidate and criterion");
        List<String> expected = new ArrayList<>();
        json.get("weights").fieldNames().forEachRemaining(k -> json.get("ranking").forEach(c -> expected.add(
                c.get("title").asText() + ": " + String.format(java.util.Locale.ROOT, "%.2f",
                        c.get("criteria").get(k).get("value").asDouble()))));
        List<String> actual = titles.stream().map(t -> t.getAttribute("textContent")).toList();
        assertEquals(expected, actual);

        // the diverging charts: one per runner-up, one labelled bar per criterion, in the order of report.json
        List<WebElement> charts = driver.findElements(By.cssSelector("svg[aria-label^='Per-criterion contributions']"));
        assertEquals(json.get("contrasts").size(), charts.size(), "one contrast chart per runner-up");
        for (int i = 0; i < charts.size(); i++) {
            List<String> want = new ArrayList<>();
            for (JsonNode t : json.get("contrasts").get(i).get("terms")) {
                double p = t.get("points").asDouble();
                want.add(io.github.backendadvisor.report.Numbers.signed(p));
            }
            List<String> got = charts.get(i).findElements(By.cssSelector("text")).stream()
                    .map(t -> t.getAttribute("textContent")).filter(x -> x.matches("[+-][0-9.]+")).toList();
            assertEquals(want, got, "contrast chart " + i);
        }
    }

    private void checkAxe(String where) {
        js(axe);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done('ERROR ' + e));");
        String text = String.valueOf(result);
        assertTrue(!text.startsWith("ERROR"), where + ": axe failed: " + text);
        try {
            List<String> serious = new ArrayList<>();
            for (JsonNode v : JSON.readTree(text)) {
                String impact = v.get("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    serious.add(impact + " " + v.get("id").asText() + ": " + v.get("help").asText() + " at "
                            + v.at("/nodes/0/target"));
                }
            }
            assertEquals(List.of(), serious, where + ": accessibility violations");
        } catch (IOException e) {
            fail(e);
        }
    }

    private void screenshot(String name) throws IOException {
        Number height = (Number) js("return Math.ceil(document.documentElement.scrollHeight);");
        Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(size.getWidth(), Math.min(12000, height.intValue() + 140)));
        File png = driver.getScreenshotAs(OutputType.FILE);
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.copy(png.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(size);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
