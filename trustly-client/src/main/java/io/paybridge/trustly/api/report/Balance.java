package io.paybridge.trustly.api.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.api.DataReader;
import io.paybridge.trustly.api.DataWriter;
import io.paybridge.trustly.api.TrustlyRequest;

import java.util.List;

/** {@code Balance} (reference §3): the merchant's balance per currency; Trustly asks for at most one call per 15 minutes. */
public record Balance() implements TrustlyRequest<List<BalanceEntry>> {

    @Override
    public String method() {
        return "Balance";
    }

    @Override
    public void validate() {
        // only Username and Password, which the client adds
    }

    @Override
    public ObjectNode render() {
        return DataWriter.create().node();
    }

    @Override
    public List<BalanceEntry> readResponse(JsonNode data) {
        return DataReader.array(data, BalanceEntry::read);
    }
}
