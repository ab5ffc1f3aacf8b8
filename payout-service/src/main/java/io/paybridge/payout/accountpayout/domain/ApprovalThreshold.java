package io.paybridge.payout.accountpayout.domain;

import io.paybridge.support.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The four-eyes rule's amount: a payout above it, in its own currency's major units, waits for a second principal.
 * Compared exactly (no rounding): with 1000.00, EUR 1000.00 is sent at once and EUR 1000.01 waits; JPY 1000 is sent
 * and JPY 1001 waits.
 */
public record ApprovalThreshold(BigDecimal majorUnits) {

    public ApprovalThreshold {
        Objects.requireNonNull(majorUnits, "majorUnits");
        if (majorUnits.signum() < 0) {
            throw new IllegalArgumentException("the approval threshold must not be negative: " + majorUnits.toPlainString());
        }
    }

    /** Whether {@code amount} is above the threshold and so needs a second principal's approval. */
    public boolean requiresApproval(Money amount) {
        return BigDecimal.valueOf(amount.minorUnits(), amount.exponent()).compareTo(majorUnits) > 0;
    }
}
