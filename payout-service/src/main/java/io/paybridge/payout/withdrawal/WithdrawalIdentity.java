package io.paybridge.payout.withdrawal;

import io.paybridge.payout.psp.OrderIdentity;
import io.paybridge.support.idempotency.IdempotentRequest;

/**
 * The PSP identity of one withdrawal request: an {@link OrderIdentity} with the MessageID prefix {@code wdr}, the
 * prefix the ingest recognises a withdrawal's debit by. A retry of the same request sends the identical Withdraw
 * with the identical UUID, which the PSP answers with its first answer: one request never makes two withdrawals.
 */
public final class WithdrawalIdentity {

    /** The MessageID prefix of withdrawals. */
    public static final String PREFIX = "wdr";

    private WithdrawalIdentity() {
    }

    /** The identity of {@code request}. */
    public static OrderIdentity of(IdempotentRequest request) {
        return OrderIdentity.of(PREFIX, request);
    }

    /** Whether a MessageID is a withdrawal's. */
    public static boolean isWithdrawal(String messageId) {
        return messageId != null && messageId.startsWith(PREFIX + "-");
    }
}
