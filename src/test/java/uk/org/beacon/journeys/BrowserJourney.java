package uk.org.beacon.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import uk.org.beacon.BeaconIntegrationTest;

/**
 * Journeys in Debian's Chromium (never a downloaded browser), driven by Playwright, against the
 * application running on a random port with the test database.
 */
abstract class BrowserJourney extends BeaconIntegrationTest {

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("beacon.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    protected Page newPage() {
        Page page = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true)).newPage();
        page.setDefaultTimeout(15_000);
        return page;
    }

    /** Keeps a picture of the page under target/journeys for people reviewing a build. */
    protected void snapshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "journeys", name + ".png")).setFullPage(true));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(Page page, String username, String password) {
        page.navigate(url("/sign-in"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#sign-in-button");
        page.waitForSelector("#signed-in-as");
    }

    /** Runs axe-core (vendored, offline) on the page and returns WCAG 2.2 A/AA violations as "id: help" lines. */
    @SuppressWarnings("unchecked")
    protected List<String> accessibilityViolations(Page page) {
        try (var in = getClass().getResourceAsStream("/axe/axe.min.js")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object result = page.evaluate("""
                async () => {
                  const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
                  return r.violations.map(v => v.id + ': ' + v.help + ' [' + v.nodes.map(n => n.target.join(' ')).join(', ') + ']');
                }
                """);
        return (List<String>) result;
    }
}
