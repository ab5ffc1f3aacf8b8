package io.paybridge.trustly.api.payout;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.api.DataReader;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One GetWithdrawals transfer; transferState stays text because Trustly changes states without notice. */
public record WithdrawalEntry(String reference, OffsetDateTime modificationDate, String orderId, OffsetDateTime datestamp,
        String transferState, BigDecimal amount, String accountId, String currency, OffsetDateTime eta) {

    static WithdrawalEntry read(JsonNode entry) {
        return new WithdrawalEntry(
                DataReader.optionalText(entry, "reference"),
                DataReader.optionalTimestamp(entry, "modificationdate"),
                DataReader.text(entry, "orderid"),
                DataReader.optionalTimestamp(entry, "datestamp"),
                DataReader.optionalText(entry, "transferstate"),
                DataReader.amount(entry, "amount"),
                DataReader.optionalText(entry, "accountid"),
                DataReader.text(entry, "currency"),
                DataReader.optionalTimestamp(entry, "eta"));
    }
}
