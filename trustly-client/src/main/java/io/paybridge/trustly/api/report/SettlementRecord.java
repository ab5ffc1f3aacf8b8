package io.paybridge.trustly.api.report;

import java.time.OffsetDateTime;

/**
 * One validated row of the v1.2 settlement report as {@link SettlementCsvReader} reads it: its 1-based row
 * number, amounts in exact minor units of their currency (signed as the report shows them: money in positive),
 * empty fields null.
 */
public record SettlementRecord(int rowNumber, OffsetDateTime datestamp, String accountName, String currency, long amountMinor,
        Long totalMinor, String orderId, String orderType, String messageId, String username, Long fxPaymentAmountMinor,
        String fxPaymentCurrency, String settlementBankWithdrawalId, String externalReference) {

    /** The same row with decimal amounts, as {@link SettlementCsvParser} has always answered it. */
    public SettlementRow toRow() {
        int exponent = MinorUnits.exponent(currency);
        return new SettlementRow(datestamp, accountName, currency, MinorUnits.toDecimal(amountMinor, exponent),
                totalMinor == null ? null : MinorUnits.toDecimal(totalMinor, exponent), orderId, orderType, messageId, username,
                fxPaymentAmountMinor == null ? null : MinorUnits.toDecimal(fxPaymentAmountMinor, MinorUnits.exponent(fxPaymentCurrency)),
                fxPaymentCurrency, settlementBankWithdrawalId, externalReference);
    }
}
