package io.paybridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paybridge.endtoend.LocalStack.Result;
import io.paybridge.testkit.stack.SandboxAdmin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Account payouts end to end on the local stack: a deposit approved in the sandbox's {@code account} scenario funds
 * the merchant and reports the end user's bank account (an account notification through notification-ingest-service),
 * which payout-service learns; a payout above the approval threshold waits for a second principal, is then sent with
 * AccountPayout, and is confirmed by the sandbox's payoutconfirmation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountPayoutIT {

    private static final Duration SETTLING = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = ServiceApi.JSON;
    private static final String END_USER = "e2e-payee-" + UUID.randomUUID();

    private LocalStack stack;
    private SandboxAdmin sandbox;
    private ServiceApi requester;
    private ServiceApi approver;
    private String accountId;

    @BeforeAll
    void up(@TempDir Path state) throws Exception {
        stack = new LocalStack(state);
        Result up = stack.run("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        sandbox = new SandboxAdmin(stack.settings().sandboxUrl());
        requester = ServiceApi.payout(stack, "e2e-payroll", "payments:payout", "payments:read");
        approver = ServiceApi.payout(stack, "e2e-treasurer", "payments:approve", "payments:read");
        accountId = accountFromADeposit();
    }

    @AfterAll
    void down() throws Exception {
        stack.run("down");
    }

    @Test
    void aPayoutAboveTheThresholdWaitsForASecondPrincipalAndIsThenSentAndConfirmed() throws Exception {
        HttpResponse<String> created = requester.post("/v1/payouts", UUID.randomUUID().toString(), body("1200.00"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode payout = JSON.readTree(created.body());
        assertThat(payout.path("status").asText()).isEqualTo("AWAITING_APPROVAL");
        String path = "/v1/payouts/" + payout.path("payoutId").asText();

        ServiceApi requesterAsApprover = ServiceApi.payout(stack, "e2e-payroll", "payments:approve", "payments:read");
        HttpResponse<String> own = requesterAsApprover.post(path + "/approve", UUID.randomUUID().toString(), null);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
        assertThat(JSON.readTree(own.body()).path("type").asText()).endsWith("approval-by-requester");
        assertThat(requester.get(path).path("status").asText()).isEqualTo("AWAITING_APPROVAL");

        HttpResponse<String> approved = approver.post(path + "/approve", UUID.randomUUID().toString(), null);
        assertThat(approved.statusCode()).as(approved.body()).isIn(200, 202);
        assertThat(requester.awaitStatus(path, "CONFIRMED", SETTLING).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(requester.events(payout.path("payoutId").asText(), 3)).extracting(event -> event.getSchema().getName())
                .containsSubsequence("PayoutRequested", "PayoutAccepted", "PayoutConfirmed");
    }

    @Test
    void aPayoutAtOrBelowTheThresholdIsSentAtOnce() throws Exception {
        HttpResponse<String> created = requester.post("/v1/payouts", UUID.randomUUID().toString(), body("25.00"));

        assertThat(created.statusCode()).as(created.body()).isIn(201, 202);
        String path = "/v1/payouts/" + JSON.readTree(created.body()).path("payoutId").asText();
        assertThat(requester.awaitStatus(path, "CONFIRMED", SETTLING).path("status").asText()).isEqualTo("CONFIRMED");
    }

    /** The account a deposit in the sandbox's {@code account} scenario reported, once payout-service knows it. */
    private String accountFromADeposit() throws Exception {
        ServiceApi checkout = ServiceApi.checkout(stack);
        HttpResponse<String> deposit = checkout.post("/v1/deposits", UUID.randomUUID().toString(), """
                {"amount":"2000.00","currency":"EUR",
                 "endUser":{"id":"%s","firstName":"Åsa","lastName":"Testsson","email":"asa@example.com",
                            "country":"SE","locale":"sv_SE"},
                 "successUrl":"https://merchant.example/ok","failUrl":"https://merchant.example/fail",
                 "shopperStatement":"Paybridge e2e"}""".formatted(END_USER));
        assertThat(deposit.statusCode()).as(deposit.body()).isEqualTo(201);
        sandbox.approve(JSON.readTree(deposit.body()).path("pspOrderId").asText(), "account");
        long deadline = System.nanoTime() + SETTLING.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode accounts = requester.get("/v1/accounts?endUserId=" + END_USER).path("items");
            if (accounts.size() > 0) {
                return accounts.get(0).path("accountId").asText();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("payout-service did not learn " + END_USER + "'s account within " + SETTLING.toSeconds() + " s");
    }

    private String body(String amount) {
        return """
                {"accountId":"%s","endUserId":"%s","amount":"%s","currency":"EUR","shopperStatement":"Paybridge e2e"}"""
                .formatted(accountId, END_USER, amount);
    }
}
