package io.paybridge.trustly.api.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One row of the v1.2 settlement report; amounts exact, empty fields null. */
public record SettlementRow(OffsetDateTime datestamp, String accountName, String currency, BigDecimal amount,
        BigDecimal total, String orderId, String orderType, String messageId, String username, BigDecimal fxPaymentAmount,
        String fxPaymentCurrency, String settlementBankWithdrawalId, String externalReference) {
}
