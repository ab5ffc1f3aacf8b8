package io.paybridge.payout.accountpayout.api;

import io.paybridge.payout.accountpayout.persistence.Payout;
import java.time.Instant;

/**
 * An account payout as the API shows it: the money as a decimal string, who asked and who decided, the PSP's order,
 * and why it failed when it did.
 */
public record PayoutView(String payoutId, String status, String failureStage, String failureCode, String failureMessage,
        String accountId, String endUserId, String amount, String currency, String shopperStatement, String pspOrderId,
        boolean approvalRequired, String requestedBy, String decidedBy, Instant decidedAt, String commandId,
        String correlationId, Instant createdAt, Instant updatedAt) {

    public static PayoutView of(Payout payout) {
        return new PayoutView(payout.payoutId, payout.status.name(),
                payout.failureStage == null ? null : payout.failureStage.name(), payout.failureCode, payout.failureMessage,
                payout.accountId, payout.endUserId, payout.amount().toDecimalString(), payout.currency,
                payout.shopperStatement, payout.pspOrderId, payout.approvalRequired, payout.requestedBy, payout.decidedBy,
                payout.decidedAt, payout.commandId, payout.correlationId, payout.createdAt, payout.updatedAt);
    }
}
