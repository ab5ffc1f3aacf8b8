package io.paybridge.trustly.api.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.api.DataReader;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One AccountLedger row; the amount is exact as sent (many decimals, negative for debits and fees). */
public record LedgerEntry(String userId, OffsetDateTime datestamp, String orderId, String accountName, String messageId,
        String transactionType, String currency, BigDecimal amount, String gluepayId) {

    static LedgerEntry read(JsonNode entry) {
        return new LedgerEntry(
                DataReader.optionalText(entry, "userid"),
                DataReader.timestamp(entry, "datestamp"),
                DataReader.optionalText(entry, "orderid"),
                DataReader.text(entry, "accountname"),
                DataReader.optionalText(entry, "messageid"),
                DataReader.optionalText(entry, "transactiontype"),
                DataReader.text(entry, "currency"),
                DataReader.amount(entry, "amount"),
                DataReader.optionalText(entry, "gluepayid"));
    }
}
