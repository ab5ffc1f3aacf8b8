package io.paybridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.paybridge.endtoend.LocalStack.Result;
import io.paybridge.testkit.stack.StackSettings;
import java.io.File;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pay by link in a real headless browser (Debian's chromium through chromedriver) on the local stack: the end user
 * opens the link page, presses Pay, lands on psp-sandbox's checkout page, approves there and ends on the merchant's
 * SuccessURL (a small page this test serves), while the sandbox's notifications make the deposit CREDITED and the
 * link PAID. Skipped, with the reason, where chromium or chromedriver is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayByLinkIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration SETTLING = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = ServiceApi.JSON;

    private LocalStack stack;
    private StackSettings settings;
    private ServiceApi api;
    private HttpServer merchant;
    private String merchantUrl;
    private WebDriver browser;

    @BeforeAll
    void up(@TempDir Path state) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "PayByLinkIT needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "): apt-get install -y chromium chromium-driver");
        merchant = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        merchant.createContext("/", exchange -> {
            byte[] page = ("<!DOCTYPE html><title>Merchant</title><h1>Merchant " + exchange.getRequestURI().getPath()
                    + "</h1>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html;charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        merchant.start();
        merchantUrl = "http://localhost:" + merchant.getAddress().getPort();
        // The SuccessURL and FailURL are this test's own page: a plain-http localhost, allowed for this stack only.
        stack = new LocalStack(state).with("PAYBRIDGE_CHECKOUT_ALLOWED_REDIRECT_HOSTS", "localhost")
                .with("PAYBRIDGE_CHECKOUT_ALLOW_HTTP_REDIRECTS", "true");
        Result up = stack.run("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        settings = stack.settings();
        api = ServiceApi.checkout(stack);
    }

    @AfterAll
    void down() throws Exception {
        if (stack != null) {
            stack.run("down");
        }
        if (merchant != null) {
            merchant.stop(0);
        }
    }

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Root in a container: Chrome's own sandbox cannot start, and /dev/shm may be small.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1024,768");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theEndUserPaysFromTheLinkPageThroughTheSandboxCheckoutToTheSuccessUrl() throws Exception {
        JsonNode link = createLink("Invoice <42> & more");

        browser.get(link.path("url").asText());
        assertThat(browser.getTitle()).isEqualTo("Pay Paybridge merchant");
        assertThat(browser.findElement(By.id("description")).getText()).isEqualTo("Invoice <42> & more");
        assertThat(browser.findElement(By.className("amount")).getText()).isEqualTo("12.50 EUR");
        assertThat(api.get("/v1/payment-links/" + link.path("linkId").asText()).path("attempts"))
                .as("opening the page makes no deposit").isEmpty();

        browser.findElement(By.id("pay")).click();
        awaitUrl(settings.sandboxUrl() + "/checkout/");
        assertThat(browser.getPageSource()).contains("12.50");
        browser.findElement(By.cssSelector("button[value='approve']")).click();
        awaitUrl(merchantUrl + "/paid");

        JsonNode paid = awaitLinkStatus(link.path("linkId").asText(), "PAID");
        assertThat(paid.path("status").asText()).isEqualTo("PAID");
        assertThat(attempts(paid)).containsExactly("1 CREDITED");
        assertThat(api.get("/v1/orders/" + paid.path("attempts").get(0).path("orderRef").asText()).path("status").asText())
                .isEqualTo("CREDITED");

        browser.get(link.path("url").asText());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Already paid");
        assertThat(browser.findElements(By.id("pay"))).isEmpty();
    }

    @Test
    void anAttemptCancelledAtTheBankIsRetriedFromTheSameLinkWithANewDeposit() throws Exception {
        JsonNode link = createLink("Order 7");
        String linkId = link.path("linkId").asText();

        browser.get(link.path("url").asText());
        browser.findElement(By.id("pay")).click();
        awaitUrl(settings.sandboxUrl() + "/checkout/");
        browser.findElement(By.cssSelector("form[action$='/cancel'] button")).click();
        awaitUrl(merchantUrl + "/failed");
        assertThat(awaitAttempts(linkId, List.of("1 CANCELLED"))).containsExactly("1 CANCELLED");

        browser.get(link.path("url").asText());
        assertThat(browser.getPageSource()).contains("Your earlier attempt did not complete.");
        browser.findElement(By.id("pay")).click();
        awaitUrl(settings.sandboxUrl() + "/checkout/");
        browser.findElement(By.cssSelector("button[value='approve']")).click();
        awaitUrl(merchantUrl + "/paid");

        JsonNode paid = awaitLinkStatus(linkId, "PAID");
        assertThat(paid.path("status").asText()).isEqualTo("PAID");
        assertThat(attempts(paid)).containsExactly("1 CANCELLED", "2 CREDITED");
    }

    private JsonNode createLink(String description) throws Exception {
        String body = JSON.writeValueAsString(JSON.createObjectNode().put("amount", "12.50").put("currency", "EUR")
                .put("description", description).put("lifetime", "PT1H")
                .put("successUrl", merchantUrl + "/paid").put("failUrl", merchantUrl + "/failed")
                .set("endUser", JSON.createObjectNode().put("id", "e2e-link-" + UUID.randomUUID()).put("firstName", "Åsa")
                        .put("lastName", "Testsson").put("email", "asa@example.com").put("country", "SE").put("locale", "sv_SE")));
        HttpResponse<String> response = api.post("/v1/payment-links", UUID.randomUUID().toString(), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode link = JSON.readTree(response.body());
        assertThat(link.path("url").asText()).startsWith(api.url() + "/pay/");
        return link;
    }

    private void awaitUrl(String prefix) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> "the browser at " + browser.getCurrentUrl()
                        + " showing " + browser.getPageSource())
                .until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(prefix)));
    }

    private JsonNode awaitLinkStatus(String linkId, String wanted) throws Exception {
        return api.awaitStatus("/v1/payment-links/" + linkId, wanted, SETTLING);
    }

    private List<String> awaitAttempts(String linkId, List<String> wanted) throws Exception {
        long deadline = System.nanoTime() + SETTLING.toNanos();
        List<String> attempts = attempts(api.get("/v1/payment-links/" + linkId));
        while (!wanted.equals(attempts) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            attempts = attempts(api.get("/v1/payment-links/" + linkId));
        }
        return attempts;
    }

    private static List<String> attempts(JsonNode link) {
        List<String> attempts = new ArrayList<>();
        link.path("attempts").forEach(attempt -> attempts.add(attempt.path("attempt").asInt() + " " + attempt.path("status").asText()));
        return attempts;
    }
}
