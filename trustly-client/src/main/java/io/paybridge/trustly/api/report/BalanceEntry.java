package io.paybridge.trustly.api.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.api.DataReader;

import java.math.BigDecimal;

/** The merchant's balance in one currency. */
public record BalanceEntry(String currency, BigDecimal balance) {

    static BalanceEntry read(JsonNode entry) {
        return new BalanceEntry(DataReader.text(entry, "currency"), DataReader.amount(entry, "balance"));
    }
}
