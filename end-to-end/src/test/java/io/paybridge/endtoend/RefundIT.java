package io.paybridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paybridge.endtoend.Deposits.Deposit;
import io.paybridge.endtoend.LocalStack.Result;
import io.paybridge.testkit.stack.SandboxAdmin;
import io.paybridge.testkit.stack.SandboxAdmin.RefundOrder;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Refunds end to end on the local stack: a deposit credited through checkout-service reaches payout-service as
 * DepositCredited, payout-service calls Refund at psp-sandbox, the sandbox sends the refund when it settles the
 * deposit and confirms it with a payoutconfirmation on the deposit's order, which comes back through
 * notification-ingest-service. The sandbox counts the refunds it holds, so "exactly one" is its count, not ours.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefundIT {

    private static final Duration SETTLING = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = ServiceApi.JSON;
    private static final String USER = "e2e-refund-user";

    private LocalStack stack;
    private SandboxAdmin sandbox;
    private ServiceApi checkout;
    private ServiceApi payout;
    private Deposits deposits;
    private Refunds refunds;

    @BeforeAll
    void up(@org.junit.jupiter.api.io.TempDir Path state) throws Exception {
        stack = new LocalStack(state);
        Result up = stack.run("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        sandbox = new SandboxAdmin(stack.settings().sandboxUrl());
        checkout = ServiceApi.checkout(stack);
        payout = ServiceApi.payout(stack, "e2e-refunds", "payments:refund", "payments:read");
        deposits = new Deposits(checkout, sandbox, SETTLING);
        refunds = new Refunds(payout, SETTLING);
    }

    @AfterAll
    void down() throws Exception {
        stack.run("down");
    }

    @Test
    void aPartialRefundIsAcceptedSentWhenTheDepositSettlesAndConfirmed() throws Exception {
        Deposit deposit = deposits.credited("25.00", USER);

        JsonNode refund = refunds.request(deposit, "10.00", UUID.randomUUID().toString());
        assertThat(refund.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(refund.path("pspOrderId").asText()).isEqualTo(deposit.pspOrderId());

        sandbox.settle(LocalDate.now(ZoneOffset.UTC));

        String path = "/v1/refunds/" + refund.path("refundId").asText();
        assertThat(payout.awaitStatus(path, "CONFIRMED", SETTLING).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(sandbox.refundsOf(deposit.pspOrderId())).extracting(RefundOrder::state).containsExactly("SENT");
        assertThat(checkout.events(deposit.orderRef(), 6)).extracting(event -> event.getSchema().getName())
                .containsSubsequence("DepositCredited", "RefundRequested", "RefundAccepted", "RefundConfirmed");
    }

    @Test
    void aRefundWhoseAnswerIsLostIsResentWithTheSameUuidAndRefundsOnce() throws Exception {
        Deposit deposit = deposits.credited("30.00", USER);
        sandbox.faults(JSON.createObjectNode().set("api", JSON.createObjectNode()
                .put("dropsAfterExecuting", 1).set("methods", JSON.createArrayNode().add("Refund"))));
        JsonNode refund;
        try {
            refund = refunds.request(deposit, "12.00", UUID.randomUUID().toString());
        } finally {
            sandbox.faults(JSON.createObjectNode());
        }

        // Answered ACCEPTED by the gateway's resend, or UNKNOWN and resolved by the resolver's: either way one refund.
        String path = "/v1/refunds/" + refund.path("refundId").asText();
        assertThat(payout.awaitStatus(path, "ACCEPTED", SETTLING).path("status").asText()).isEqualTo("ACCEPTED");
        List<RefundOrder> held = sandbox.refundsOf(deposit.pspOrderId());
        assertThat(held).as("refunds the sandbox holds for the deposit").hasSize(1);
        assertThat(held.get(0).amount()).isEqualByComparingTo(new BigDecimal("12.00"));
    }

    @Test
    void aRefundTheBankReturnsFailsAndItsAmountCanBeRefundedAgain() throws Exception {
        Deposit deposit = deposits.credited("20.00", USER);
        JsonNode first = refunds.request(deposit, "20.00", UUID.randomUUID().toString());
        assertThat(first.path("status").asText()).isEqualTo("ACCEPTED");

        // The sandbox's refund-fails scenario returns the refund: a credit of its amount on the deposit's order.
        sandbox.approve(sandbox.refundsOf(deposit.pspOrderId()).get(0).orderId(), "refund-fails");

        JsonNode failed = payout.awaitStatus("/v1/refunds/" + first.path("refundId").asText(), "FAILED", SETTLING);
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("failureStage").asText()).isEqualTo("RETURNED");
        JsonNode again = refunds.request(deposit, "20.00", UUID.randomUUID().toString());
        assertThat(again.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(sandbox.refundsOf(deposit.pspOrderId())).hasSize(2);
    }

    @Test
    void moreThanIsLeftIsRefusedBeforeThePspIsCalled() throws Exception {
        Deposit deposit = deposits.credited("10.00", USER);
        assertThat(refunds.request(deposit, "6.00", UUID.randomUUID().toString()).path("status").asText()).isEqualTo("ACCEPTED");

        HttpResponse<String> tooMuch = payout.post("/v1/refunds", UUID.randomUUID().toString(), Refunds.body(deposit, "5.00"));

        assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(422);
        JsonNode problem = JSON.readTree(tooMuch.body());
        assertThat(problem.path("type").asText()).endsWith("refund-exceeds-remaining");
        assertThat(sandbox.refundsOf(deposit.pspOrderId())).hasSize(1);
    }
}
