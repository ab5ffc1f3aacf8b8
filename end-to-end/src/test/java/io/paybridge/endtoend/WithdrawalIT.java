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
 * Withdrawals end to end on the local stack, the sandbox's merchant holding debited withdrawals for a manual decision:
 * payout-service calls Withdraw, the end user picks an amount in the sandbox's checkout, the sandbox sends the debit,
 * notification-ingest-service asks payout-service how to answer it (the withdrawal's state decides) and signs that
 * answer, and the merchant approves or denies the withdrawal through payout-service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WithdrawalIT {

    private static final Duration SETTLING = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = ServiceApi.JSON;

    private LocalStack stack;
    private SandboxAdmin sandbox;
    private ServiceApi requester;
    private ServiceApi approver;

    @BeforeAll
    void up(@TempDir Path state) throws Exception {
        stack = new LocalStack(state).with("PAYBRIDGE_SANDBOX_MERCHANTS_PAYBRIDGE_MANUAL_WITHDRAWAL_APPROVAL", "true");
        Result up = stack.run("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        sandbox = new SandboxAdmin(stack.settings().sandboxUrl());
        requester = ServiceApi.payout(stack, "e2e-wallet", "payments:payout", "payments:read");
        approver = ServiceApi.payout(stack, "e2e-risk-officer", "payments:approve", "payments:read");
    }

    @AfterAll
    void down() throws Exception {
        stack.run("down");
    }

    @Test
    void aDebitWithinTheLimitsIsAnsweredOkAndTheApprovedWithdrawalIsConfirmed() throws Exception {
        JsonNode withdrawal = create("100.00");
        String path = "/v1/withdrawals/" + withdrawal.path("withdrawalId").asText();

        sandbox.approve(withdrawal.path("pspOrderId").asText(), "normal", "50.00");

        JsonNode debited = requester.awaitStatus(path, "DEBITED", SETTLING);
        assertThat(debited.path("status").asText()).isEqualTo("DEBITED");
        assertThat(debited.path("amount").asText()).isEqualTo("50.00");
        // The sandbox records the reply once the ingest has stored and signed payout's decision; a delivery that ended
        // in a 503 (payout slower than the ingest waits) is delivered again and answered with the stored decision.
        assertThat(awaitDebitReply(withdrawal.path("pspOrderId").asText())).as("the sandbox's delivery log of the debit")
                .contains("\"replyStatus\":\"OK\"");

        HttpResponse<String> approved = approver.post(path + "/approve", UUID.randomUUID().toString(), null);
        assertThat(approved.statusCode()).as(approved.body()).isIn(200, 202);
        assertThat(requester.awaitStatus(path, "CONFIRMED", SETTLING).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(requester.events(withdrawal.path("withdrawalId").asText(), 4))
                .extracting(event -> event.getSchema().getName())
                .containsSubsequence("WithdrawalRequested", "WithdrawalDebited", "WithdrawalApproved", "WithdrawalConfirmed");
    }

    @Test
    void aDeniedWithdrawalStaysDeniedWhenTheSandboxCreditsTheMoneyBack() throws Exception {
        JsonNode withdrawal = create("100.00");
        String path = "/v1/withdrawals/" + withdrawal.path("withdrawalId").asText();
        sandbox.approve(withdrawal.path("pspOrderId").asText(), "normal", "30.00");
        assertThat(requester.awaitStatus(path, "DEBITED", SETTLING).path("status").asText()).isEqualTo("DEBITED");

        HttpResponse<String> denied = approver.post(path + "/deny", UUID.randomUUID().toString(), null);

        assertThat(denied.statusCode()).as(denied.body()).isIn(200, 202);
        assertThat(requester.awaitStatus(path, "DENIED", SETTLING).path("status").asText()).isEqualTo("DENIED");
        assertThat(requester.events(withdrawal.path("withdrawalId").asText(), 3))
                .extracting(event -> event.getSchema().getName())
                .containsSubsequence("WithdrawalRequested", "WithdrawalDebited", "WithdrawalDenied");
    }

    @Test
    void theRequesterCannotDecideWithoutTheApproveRole() throws Exception {
        JsonNode withdrawal = create("100.00");

        HttpResponse<String> refused = requester.post("/v1/withdrawals/" + withdrawal.path("withdrawalId").asText() + "/approve",
                UUID.randomUUID().toString(), null);

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    /** The sandbox's delivery log of an order once a reply to its debit was delivered (or after the wait). */
    private String awaitDebitReply(String pspOrderId) throws Exception {
        long deadline = System.nanoTime() + SETTLING.toNanos();
        String log = sandbox.deliveryLog(pspOrderId).toString();
        while ((log.contains("\"state\":\"PENDING\"") || !log.contains("\"state\":\"DELIVERED\"")) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            log = sandbox.deliveryLog(pspOrderId).toString();
        }
        return log;
    }

    private JsonNode create(String maxAmount) throws Exception {
        HttpResponse<String> created = requester.post("/v1/withdrawals", UUID.randomUUID().toString(), body(maxAmount));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode withdrawal = JSON.readTree(created.body());
        assertThat(withdrawal.path("status").asText()).isEqualTo("CREATED");
        assertThat(withdrawal.path("checkoutUrl").asText()).startsWith(stack.settings().sandboxUrl().toString());
        return withdrawal;
    }

    private static String body(String maxAmount) {
        return """
                {"currency":"EUR",
                 "endUser":{"id":"e2e-wallet-user","firstName":"Åsa","lastName":"Testsson","email":"asa@example.com",
                            "country":"SE","locale":"sv_SE"},
                 "successUrl":"https://merchant.example/ok","failUrl":"https://merchant.example/fail",
                 "minAmount":"1.00","maxAmount":"%s"}""".formatted(maxAmount);
    }
}
