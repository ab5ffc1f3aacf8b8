package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.MethodHandler;
import io.paybridge.sandbox.api.RequestFields;
import io.paybridge.sandbox.api.TrustlyException;
import io.paybridge.sandbox.settlement.Settlements;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;

/**
 * ViewAutomaticSettlementDetailsCSV: the settlement report (API version 1.2 only) of the merchant's
 * settlements on SettlementDate, optionally one Currency. A date without settlement gives the header alone.
 */
@ApplicationScoped
public class ViewAutomaticSettlementDetailsCsvHandler implements MethodHandler {

    private final Settlements settlements;

    public ViewAutomaticSettlementDetailsCsvHandler(Settlements settlements) {
        this.settlements = settlements;
    }

    @Override
    public String method() {
        return "ViewAutomaticSettlementDetailsCSV";
    }

    @Override
    public Uni<JsonNode> handle(ApiCall call) {
        RequestFields data = call.data();
        LocalDate date = data.date("SettlementDate");
        String currency = data.optionalCurrency("Currency").orElse(null);
        if (!"1.2".equals(data.attributes().optionalText("APIVersion").orElse(null))) {
            throw TrustlyException.invalidParameter("Attributes.APIVersion", "must be \"1.2\"");
        }
        return settlements.report(call.merchantUsername(), date, currency)
                .map(csv -> JsonNodeFactory.instance.objectNode().put("view_automatic_settlement_details", csv));
    }
}
