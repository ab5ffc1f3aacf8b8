package io.paybridge.testkit.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Demo step, the last one: the day is settled in psp-sandbox, and reconciliation-service pulls the day's settlement
 * report and AccountLedger and reconciles them against the events it has read from payments.events.v1; the step prints
 * the statement. It first waits until reconciliation-service has read every event the earlier steps published, so the
 * statement is about the day's payments and not about how far the consumer got.
 */
final class ReconciliationStep implements DemoStep {

    @Override
    public String name() {
        return "reconciliation-service: the day settled in the sandbox, pulled and reconciled";
    }

    @Override
    public String run(StackSettings settings) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        new SandboxAdmin(settings.sandboxUrl()).settle(today);
        EventsRead.await(settings, EventsRead.RECONCILIATION_GROUP, CheckoutDepositStep.WAIT);
        DemoApi reconciliation = new DemoApi(settings, settings.reconciliationUrl(), "reconciliation-service", "demo-finance",
                List.of("reconciliation:run", "reconciliation:read"));
        JsonNode pulled = reconciliation.post("/v1/reports/pulls", "{\"settlementDate\":\"" + today + "\"}", 200, 201);
        String runId = pulled.path("runId").asText();
        JsonNode statement = reconciliation.get("/v1/reconciliations/" + runId);
        return StatementText.describe(today, pulled, statement);
    }
}
