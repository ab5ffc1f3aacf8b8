package io.paybridge.trustly.api.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.api.Check;
import io.paybridge.trustly.api.DataReader;
import io.paybridge.trustly.api.DataWriter;
import io.paybridge.trustly.api.RequestDescription;
import io.paybridge.trustly.api.TrustlyRequest;

import java.time.LocalDate;

/** {@code ViewAutomaticSettlementDetailsCSV} (reference §3): a day's settlement report, version 1.2. */
public record ViewAutomaticSettlementDetailsCsv(LocalDate settlementDate, String currency)
        implements TrustlyRequest<SettlementReport> {

    /** The only report version this client reads. */
    public static final String API_VERSION = "1.2";

    @Override
    public String method() {
        return "ViewAutomaticSettlementDetailsCSV";
    }

    @Override
    public void validate() {
        Check.date("SettlementDate", settlementDate);
        Check.optionalCurrency("Currency", currency);
    }

    @Override
    public ObjectNode render() {
        return DataWriter.create()
                .date("SettlementDate", settlementDate)
                .text("Currency", currency)
                .object("Attributes", DataWriter.create().text("APIVersion", API_VERSION).node())
                .node();
    }

    @Override
    public SettlementReport readResponse(JsonNode data) {
        DataReader.object(data, "data");
        return new SettlementReport(DataReader.text(data, "view_automatic_settlement_details"));
    }

    @Override
    public String toString() {
        return RequestDescription.of(this);
    }
}
