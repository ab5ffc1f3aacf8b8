package io.paybridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.endtoend.LocalStack.Result;
import io.paybridge.testkit.stack.EventsRead;
import io.paybridge.testkit.stack.SandboxAdmin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reconciliation end to end on the local stack: deposits through checkout-service, a partial refund and a refund the
 * bank returns through payout-service, the day settled in psp-sandbox (with its Deposit and Refund fees), and
 * reconciliation-service pulling the settlement report and AccountLedger and reconciling them against the events it
 * read from payments.events.v1: every row matched or a fee leg, the batch equal to the bank transfer, residual zero.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconciliationIT {

    private static final Duration SETTLING = Duration.ofSeconds(90);

    private LocalStack stack;
    private SandboxAdmin sandbox;
    private ServiceApi checkout;
    private ServiceApi payout;
    private ServiceApi reconciliation;

    @BeforeAll
    void up(@org.junit.jupiter.api.io.TempDir Path state) throws Exception {
        stack = new LocalStack(state);
        Result up = stack.run("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        sandbox = new SandboxAdmin(stack.settings().sandboxUrl());
        checkout = ServiceApi.checkout(stack);
        payout = ServiceApi.payout(stack, "e2e-reconciliation", "payments:refund", "payments:read");
        reconciliation = ServiceApi.reconciliation(stack, "e2e-finance", "reconciliation:run", "reconciliation:read");
    }

    @AfterAll
    void down() throws Exception {
        stack.run("down");
    }

    @Test
    void aSettledDayReconcilesWithEveryRowMatchedOrAFeeAndZeroResidual() throws Exception {
        Deposits deposits = new Deposits(checkout, sandbox, SETTLING);
        Refunds refunds = new Refunds(payout, SETTLING);
        Deposits.Deposit kept = deposits.credited("50.00", "e2e-recon-user");
        Deposits.Deposit partlyRefunded = deposits.credited("40.00", "e2e-recon-user");
        Deposits.Deposit returned = deposits.credited("30.00", "e2e-recon-user");

        JsonNode partial = refunds.request(partlyRefunded, "15.00", UUID.randomUUID().toString());
        JsonNode failing = refunds.request(returned, "30.00", UUID.randomUUID().toString());
        sandbox.approve(sandbox.refundsOf(returned.pspOrderId()).get(0).orderId(), "refund-fails");
        assertThat(payout.awaitStatus("/v1/refunds/" + failing.path("refundId").asText(), "FAILED", SETTLING)
                .path("status").asText()).isEqualTo("FAILED");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        sandbox.settle(today);
        assertThat(payout.awaitStatus("/v1/refunds/" + partial.path("refundId").asText(), "CONFIRMED", SETTLING)
                .path("status").asText()).isEqualTo("CONFIRMED");
        EventsRead.await(stack.settings(), EventsRead.RECONCILIATION_GROUP, SETTLING);

        HttpResponse<String> pulled = reconciliation.post("/v1/reports/pulls", UUID.randomUUID().toString(),
                "{\"settlementDate\":\"" + today + "\"}");
        assertThat(pulled.statusCode()).as(pulled.body()).isEqualTo(201);
        String runId = ServiceApi.JSON.readTree(pulled.body()).path("runId").asText();
        JsonNode statement = reconciliation.get("/v1/reconciliations/" + runId);

        assertThat(statement.path("status").asText()).as(statement.toPrettyString()).isEqualTo("FINISHED");
        assertThat(values(statement.path("residuals"), "residualMinor")).as(statement.toPrettyString()).containsOnly("0");
        assertThat(values(statement.path("totals"), "matchClass")).as(statement.toPrettyString()).containsOnly("MATCHED");
        assertThat(values(statement.path("legs"), "orderType")).as(statement.toPrettyString())
                .contains("Deposit Fee", "Refund Fee");
        assertThat(values(statement.path("batchChecks"), "ok")).as(statement.toPrettyString()).isNotEmpty().containsOnly("true");
        assertThat(statement.path("breaks").path("new").path("count").asLong()).as(statement.toPrettyString()).isZero();
        assertThat(kept.pspOrderId()).isNotBlank();

        HttpResponse<String> again = reconciliation.post("/v1/reports/pulls", UUID.randomUUID().toString(),
                "{\"settlementDate\":\"" + today + "\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(ServiceApi.JSON.readTree(again.body()).path("runId").asText()).isEqualTo(runId);
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }
}
