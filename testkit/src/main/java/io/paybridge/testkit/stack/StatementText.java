package io.paybridge.testkit.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/** The demo's rendering of a reconciliation statement ({@code GET /v1/reconciliations/{id}}) as a few lines of text. */
final class StatementText {

    private StatementText() {}

    static String describe(LocalDate day, JsonNode pulled, JsonNode statement) {
        StringBuilder text = new StringBuilder();
        text.append("settlement report of ").append(day).append(": ").append(pulled.path("rowCount").asLong())
                .append(" rows; reconciliation ").append(pulled.path("runId").asText()).append(", ")
                .append(statement.path("status").asText()).append('\n');
        for (JsonNode total : statement.path("totals")) {
            text.append(String.format("  %-22s %s %3d  %12s%n", total.path("matchClass").asText(), total.path("currency").asText(),
                    total.path("count").asLong(), total.path("amount").asText()));
        }
        for (JsonNode leg : statement.path("legs")) {
            text.append(String.format("  %-22s %s %3d  %12s%n", "leg: " + leg.path("orderType").asText(), leg.path("currency").asText(),
                    leg.path("count").asLong(), leg.path("amount").asText()));
        }
        for (JsonNode check : statement.path("batchChecks")) {
            text.append("  settlement ").append(check.path("settlementBankWithdrawalId").asText()).append(' ')
                    .append(check.path("currency").asText()).append(": rows ").append(check.path("rowsSum").asText())
                    .append(", report total ").append(check.path("reportTotal").asText()).append(", bank transfer ")
                    .append(check.path("transfer").asText("not found")).append(check.path("ok").asBoolean() ? " (agree)" : " (DISAGREE)")
                    .append('\n');
        }
        JsonNode breaks = statement.path("breaks");
        text.append("  breaks: ").append(breaks.path("new").path("count").asLong()).append(" new, ")
                .append(breaks.path("persisting").path("count").asLong()).append(" persisting, ")
                .append(breaks.path("resolved").path("count").asLong()).append(" resolved\n");
        for (JsonNode opened : breaks.path("new").path("items")) {
            text.append("    ").append(opened.path("breakClass").asText()).append(' ').append(opened.path("orderType").asText())
                    .append(" order ").append(opened.path("pspOrderId").asText()).append(": expected ")
                    .append(opened.path("expected").asText("-")).append(", reported ")
                    .append(opened.path("actual").asText("-")).append('\n');
        }
        for (JsonNode residual : statement.path("residuals")) {
            text.append("  residual ").append(residual.path("currency").asText()).append(": ").append(residual.path("residual").asText())
                    .append(" (reported ").append(residual.path("reported").asText()).append(" - expected ")
                    .append(residual.path("expected").asText()).append(" - fees and FX ").append(residual.path("legs").asText())
                    .append(")\n");
        }
        return text.toString().stripTrailing();
    }
}
