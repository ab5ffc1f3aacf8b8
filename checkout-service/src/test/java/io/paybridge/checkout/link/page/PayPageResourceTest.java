package io.paybridge.checkout.link.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.checkout.deposit.domain.DepositStatus;
import io.paybridge.checkout.deposit.persistence.DepositOrder;
import io.paybridge.checkout.fixture.LinkDatabase;
import io.paybridge.checkout.fixture.PaymentLinkBodies;
import io.paybridge.checkout.fixture.TestTokens;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The end user's page {@code /pay/{token}} in every state of its link, its headers and escaping, and what Pay
 * does without reaching the PSP (in these tests the PSP is unreachable; PayByLinkIT presses Pay for real).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class PayPageResourceTest {

    private static final RestAssuredConfig NO_REDIRECTS = RestAssuredConfig.config()
            .redirect(RedirectConfig.redirectConfig().followRedirects(false));

    @Inject
    LinkDatabase links;

    /** A link made through the API: its id and the path of its page. */
    record Link(String id, String path) {}

    @Test
    void anOpenLinkShowsThePaymentAndAPayButtonThatPostsToItsOwnPage() {
        Link link = create(PaymentLinkBodies.valid());

        Response page = get(link);

        page.then().statusCode(200).contentType("text/html");
        assertSecured(page);
        assertThat(page.body().asString())
                .contains("<title>Pay Paybridge merchant</title>")
                .contains("Paybridge merchant asks you to pay")
                .contains("<p class=\"amount\">10.50 EUR</p>")
                .contains("<p id=\"description\">Invoice 42</p>")
                .contains("<form method=\"post\" action=\"" + link.path() + "\"><button type=\"submit\" id=\"pay\">Pay</button></form>")
                .doesNotContain("psp.example").doesNotContain("127.0.0.1:1");
        assertThat(links.attempts(link.id())).isZero();
    }

    @Test
    void theDescriptionIsEscaped() {
        Link link = create(PaymentLinkBodies.valid().with("description", "<script>alert(\"x\")</script> & 'q' <b>"));

        String html = get(link).then().statusCode(200).extract().body().asString();

        assertThat(html).contains("<p id=\"description\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &lt;b&gt;</p>")
                .doesNotContain("<script").doesNotContain("<b>");
    }

    @Test
    void anExpiredLinkIsA410PageWithoutPayButtonAndPayDoesNothing() {
        Link link = create(PaymentLinkBodies.valid());
        links.expire(link.id(), Instant.now().minusSeconds(1));

        Response page = get(link);
        Response pressed = press(link);

        page.then().statusCode(410).contentType("text/html");
        assertSecured(page);
        assertThat(page.body().asString()).contains("<h1>Link expired</h1>").contains("10.50 EUR").doesNotContain("<form");
        pressed.then().statusCode(410);
        assertThat(pressed.body().asString()).contains("<h1>Link expired</h1>");
        assertThat(links.attempts(link.id())).isZero();
        assertThat(status(link)).isEqualTo("EXPIRED");
    }

    @Test
    void aPaidLinkIsA409PageAndPayDoesNothing() {
        Link link = create(PaymentLinkBodies.valid());
        links.addAttempt(link.id(), 1, DepositStatus.CANCELLED);
        links.addAttempt(link.id(), 2, DepositStatus.CREDITED);

        Response page = get(link);
        Response pressed = press(link);

        page.then().statusCode(409).contentType("text/html");
        assertSecured(page);
        assertThat(page.body().asString()).contains("<h1>Already paid</h1>").doesNotContain("<form");
        pressed.then().statusCode(409);
        assertThat(pressed.body().asString()).contains("<h1>Already paid</h1>");
        assertThat(links.attempts(link.id())).isEqualTo(2);
        assertThat(status(link)).isEqualTo("PAID");
    }

    @Test
    void aLinkWhosePaymentIsPendingIsA409Page() {
        Link link = create(PaymentLinkBodies.valid());
        links.addAttempt(link.id(), 1, DepositStatus.PENDING);

        Response page = get(link);

        page.then().statusCode(409);
        assertThat(page.body().asString()).contains("<h1>Payment in progress</h1>").doesNotContain("<form");
        assertThat(status(link)).isEqualTo("PROCESSING");
    }

    @Test
    void aCancelledLinkIsA410PageAndPayDoesNothing() {
        Link link = create(PaymentLinkBodies.valid());
        given().auth().oauth2(TestTokens.checkout()).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/v1/payment-links/" + link.id() + "/cancel").then().statusCode(200);

        Response page = get(link);
        Response pressed = press(link);

        page.then().statusCode(410);
        assertSecured(page);
        assertThat(page.body().asString()).contains("<h1>Link cancelled</h1>")
                .contains("Paybridge merchant cancelled this payment link").doesNotContain("<form");
        pressed.then().statusCode(410);
        assertThat(links.attempts(link.id())).isZero();
    }

    @Test
    void anAttemptStillOpenAtThePspIsContinuedWithoutANewDeposit() {
        Link link = create(PaymentLinkBodies.valid());
        DepositOrder open = links.addAttempt(link.id(), 1, DepositStatus.CREATED);

        Response page = get(link);
        Response pressed = press(link);
        Response again = press(link);

        assertThat(page.body().asString()).contains("id=\"pay\">Continue to payment</button>");
        pressed.then().statusCode(303);
        assertThat(pressed.header("Location")).isEqualTo(open.checkoutUrl);
        assertSecured(pressed);
        assertThat(again.header("Location")).isEqualTo(open.checkoutUrl);
        assertThat(links.attempts(link.id())).isEqualTo(1);
    }

    @Test
    void aCancelledAttemptCanBeRetriedAndTheRetryCallsThePspForANewDeposit() {
        Link link = create(PaymentLinkBodies.valid());
        links.addAttempt(link.id(), 1, DepositStatus.CANCELLED);
        links.addAttempt(link.id(), 2, DepositStatus.EXPIRED);

        Response page = get(link);
        Response pressed = press(link);

        page.then().statusCode(200);
        assertThat(page.body().asString()).contains("Your earlier attempt did not complete. You can try again.")
                .contains("id=\"pay\">Pay</button>");
        assertThat(status(link)).isEqualTo("OPEN");
        // The PSP is unreachable here: the press reached it (a new Deposit, attempt 3) and says so on a page.
        assertThat(pressed.statusCode()).isBetween(502, 504);
        assertThat(pressed.contentType()).startsWith("text/html");
        assertSecured(pressed);
        assertThat(pressed.body().asString()).contains("<h1>Payment not started</h1>")
                .contains("We could not reach the bank just now.").contains("id=\"pay\">Try again</button>");
        assertThat(links.attempts(link.id())).isEqualTo(2);
        assertThat(links.idempotencyRowsInScope(TestTokens.SUBJECT + ":POST /pay/" + link.id()))
                .as("the failed attempt's key is released for a retry").isZero();
    }

    @Test
    void anUnknownOrMalformedTokenIsA404Page() {
        Response unknown = given().get("/pay/AAAAAAAAAAAAAAAAAAAAAA");
        Response malformed = given().get("/pay/not-a-token");
        Response pressed = given().config(NO_REDIRECTS).post("/pay/AAAAAAAAAAAAAAAAAAAAAA");

        unknown.then().statusCode(404).contentType("text/html");
        assertSecured(unknown);
        assertThat(unknown.body().asString()).contains("<h1>Payment link not found</h1>");
        malformed.then().statusCode(404).contentType("text/html");
        assertThat(malformed.body().asString()).contains("<h1>Payment link not found</h1>");
        pressed.then().statusCode(404).contentType("text/html");
    }

    private static void assertSecured(Response response) {
        assertThat(response.header("Content-Security-Policy")).startsWith("default-src 'none'; style-src 'sha256-")
                .contains("frame-ancestors 'none'").contains("base-uri 'none'");
        assertThat(Map.of("X-Frame-Options", response.header("X-Frame-Options"),
                "Referrer-Policy", response.header("Referrer-Policy"),
                "Cache-Control", response.header("Cache-Control"),
                "X-Content-Type-Options", response.header("X-Content-Type-Options")))
                .isEqualTo(Map.of("X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer",
                        "Cache-Control", "no-store", "X-Content-Type-Options", "nosniff"));
    }

    private static Link create(PaymentLinkBodies body) {
        Response created = given().auth().oauth2(TestTokens.checkout()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(body.asMap()).post("/v1/payment-links");
        created.then().statusCode(201);
        String url = created.jsonPath().getString("url");
        return new Link(created.jsonPath().getString("linkId"), url.substring(url.indexOf("/pay/")));
    }

    private static Response get(Link link) {
        return given().get(link.path());
    }

    private static Response press(Link link) {
        return given().config(NO_REDIRECTS).contentType("application/x-www-form-urlencoded").post(link.path());
    }

    private static String status(Link link) {
        return given().auth().oauth2(TestTokens.reader()).get("/v1/payment-links/" + link.id()).jsonPath().getString("status");
    }
}
