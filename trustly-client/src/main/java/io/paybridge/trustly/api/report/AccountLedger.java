package io.paybridge.trustly.api.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.api.Check;
import io.paybridge.trustly.api.DataReader;
import io.paybridge.trustly.api.DataWriter;
import io.paybridge.trustly.api.RequestDescription;
import io.paybridge.trustly.api.TrustlyRequest;
import io.paybridge.trustly.error.TrustlyValidationException;

import java.time.LocalDate;
import java.util.List;

/** {@code AccountLedger} (reference §3): settled balance changes, ToDate exclusive, Currency null for all. */
public record AccountLedger(LocalDate fromDate, LocalDate toDate, String currency)
        implements TrustlyRequest<List<LedgerEntry>> {

    /** All currencies. */
    public static AccountLedger allCurrencies(LocalDate fromDate, LocalDate toDate) {
        return new AccountLedger(fromDate, toDate, null);
    }

    @Override
    public String method() {
        return "AccountLedger";
    }

    @Override
    public void validate() {
        Check.date("FromDate", fromDate);
        Check.date("ToDate", toDate);
        if (!toDate.isAfter(fromDate)) {
            throw new TrustlyValidationException("ToDate", "must be after FromDate (ToDate is exclusive)");
        }
        Check.optionalCurrency("Currency", currency);
    }

    @Override
    public ObjectNode render() {
        return DataWriter.create()
                .date("FromDate", fromDate)
                .date("ToDate", toDate)
                .textOrNull("Currency", currency)
                .node();
    }

    @Override
    public List<LedgerEntry> readResponse(JsonNode data) {
        return DataReader.array(data, LedgerEntry::read);
    }

    @Override
    public String toString() {
        return RequestDescription.of(this);
    }
}
