package io.paybridge.payout.withdrawal.api;

import io.paybridge.payout.withdrawal.persistence.Withdrawal;
import io.paybridge.support.money.Money;
import java.time.Instant;

/**
 * A withdrawal as the API shows it: where it stands, where the end user chooses the amount ({@code checkoutUrl}), the
 * amount once debited, and the bounds it was created with. Amounts are decimal strings in the currency's precision.
 */
public record WithdrawalView(String withdrawalId, String status, String currency, String amount, String minAmount,
        String maxAmount, String endUserId, String pspOrderId, String checkoutUrl, String decision, Instant createdAt,
        Instant updatedAt) {

    public static WithdrawalView of(Withdrawal withdrawal) {
        return new WithdrawalView(withdrawal.withdrawalId, withdrawal.status.name(), withdrawal.currency,
                decimal(withdrawal.amountMinor, withdrawal.currency), decimal(withdrawal.minAmountMinor, withdrawal.currency),
                decimal(withdrawal.maxAmountMinor, withdrawal.currency), withdrawal.endUserId, withdrawal.pspOrderId,
                withdrawal.checkoutUrl, withdrawal.decision == null ? null : withdrawal.decision.name(),
                withdrawal.createdAt, withdrawal.updatedAt);
    }

    private static String decimal(Long minor, String currency) {
        return minor == null ? null : Money.ofMinor(minor, currency).toDecimalString();
    }
}
