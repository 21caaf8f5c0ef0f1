package dev.gradus.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: Debian's headless Chromium driven through Debian's chromedriver by
 * Selenium. Skipped, saying why, where they are not installed, except under CI (CI=true), where
 * .ci/run installs them and a missing browser is a failure.
 */
class ServePageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String GREEN = "rgba(46, 125, 50, 1)";
    private static final String RED = "rgba(198, 40, 40, 1)";

    private static WebDriver browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "browser tests skipped: install Debian's chromium and chromium-driver"
                    + " (apt-get install chromium chromium-driver) to run them");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                // the flags of this machine's notes: no sandbox as root, and no background traffic to hosts it cannot reach
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1100,1400");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL); // the console, where Chromium reports what the page's CSP refused
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.get(TestServer.uri().toString());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSeedsSigDerivationChecksAsSevenGreenSteps() throws Exception {
        type(Files.readString(Path.of("../examples/sig-derivation.tex")));
        List<WebElement> steps = checkAndWait();
        assertEquals(7, steps.size());
        for (WebElement step : steps) {
            assertEquals("PROVED", step.findElement(By.className("verdict")).getText());
            assertEquals(GREEN, step.findElement(By.className("verdict")).getCssValue("color"));
        }
        assertEquals("verdict: PROVED", browser.findElement(By.id("verdict")).getText());
        // the steps are typeset: MathJax has replaced each step's TeX with SVG
        assertTrue(waitFor(() -> browser.findElements(By.cssSelector("#steps mjx-container svg")).size() >= 14),
                "every step as written and as read is rendered");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(Path.of("target"));
        Files.copy(shot.toPath(), Path.of("target/serve-page.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aWrongStepIsMarkedWithItsCounterexample() {
        type("sigmoid(x) = 1/(1+exp(-x))\n  = 1/(1+exp(x))");
        List<WebElement> steps = checkAndWait();
        assertEquals(2, steps.size());
        assertEquals("PROVED", steps.get(0).findElement(By.className("verdict")).getText());
        WebElement wrong = steps.get(1);
        assertEquals("REFUTED", wrong.findElement(By.className("verdict")).getText());
        assertEquals(RED, wrong.findElement(By.className("verdict")).getCssValue("color"));
        String counterexample = wrong.findElement(By.className("counterexample")).getText();
        assertTrue(counterexample.matches("counterexample: x = -?[0-9.]+(E-?[0-9]+)?"), counterexample);
        assertEquals("verdict: REFUTED", browser.findElement(By.id("verdict")).getText());
    }

    @Test
    void definitionsAreGreenAndSkippedLinksAreListed() {
        type("Let $\\sigma(z) = \\frac{1}{1+e^{-z}}$.\n$$\\frac{d\\sigma}{dz} = \\sigma(z)(1-\\sigma(z)) \\le \\frac{1}{4}$$");
        List<WebElement> steps = checkAndWait();
        assertEquals(2, steps.size());
        assertEquals("DEFINED", steps.get(0).findElement(By.className("verdict")).getText());
        assertEquals(GREEN, steps.get(0).findElement(By.className("verdict")).getCssValue("color"));
        assertEquals("PROVED", steps.get(1).findElement(By.className("verdict")).getText());
        assertTrue(waitFor(() -> browser.findElement(By.id("skipped")).getText().equals(
                "skipped at line 2, column 24: not an equality (\\le): \\sigma(z)(1-\\sigma(z)) \\le \\frac{1}{4}")),
                browser.findElement(By.id("skipped")).getText());
    }

    @Test
    void aForbiddenFunctionIsRefusedWithItsPlace() {
        type("x = Import(\"/etc/passwd\")");
        browser.findElement(By.id("check")).click();
        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> {
            WebElement e = b.findElement(By.id("error"));
            return e.isDisplayed() ? e : null;
        });
        assertEquals("line 1, column 5: step 1, right-hand side: Import reads or writes files or runs programs: it is not an expression to check",
                error.getText());
        assertEquals(0, browser.findElements(By.cssSelector("#steps li")).size());
    }

    @Test
    void thePageRunsUnderItsContentSecurityPolicy() {
        type("x + x = 2*x");
        checkAndWait();
        assertTrue(waitFor(() -> !browser.findElements(By.cssSelector("#steps mjx-container svg")).isEmpty()), "typeset");
        List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
        assertEquals(List.of(), refused);
    }

    @Test
    void theCatalogueIsBrowsableAndAnExampleFillsTheTextArea() {
        WebElement list = browser.findElement(By.id("example-list"));
        assertTrue(waitFor(() -> list.findElements(By.tagName("li")).size() > 50), "the catalogue's chains are listed");
        list.findElements(By.tagName("button")).get(0).click();
        String text = browser.findElement(By.id("derivation")).getAttribute("value");
        assertTrue(text.contains("="), text);
    }

    private static void type(String text) {
        WebElement area = browser.findElement(By.id("derivation"));
        // the text as a user would paste it; sendKeys would type LaTeX's backslashes one key at a time
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", area, text);
    }

    /** Presses check and waits for the report; the steps as list items. */
    private static List<WebElement> checkAndWait() {
        browser.findElement(By.id("check")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> b.findElement(By.id("verdict")).getText().startsWith("verdict:"));
        return browser.findElements(By.cssSelector("#steps li.step"));
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> condition.getAsBoolean());
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }
}
