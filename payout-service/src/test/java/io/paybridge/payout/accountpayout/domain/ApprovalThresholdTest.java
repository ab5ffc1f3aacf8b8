package io.paybridge.payout.accountpayout.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paybridge.support.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The threshold compares exactly in the payout's own currency's major units. */
class ApprovalThresholdTest {

    @ParameterizedTest(name = "{1} {2} against {0}: approval {3}")
    @CsvSource({
            "1000.00, 1000.00, EUR, false",
            "1000.00, 1000.01, EUR, true",
            "1000.00, 999.99, EUR, false",
            "1000.00, 1000, JPY, false",
            "1000.00, 1001, JPY, true",
            "1000.00, 1000.000, BHD, false",
            "1000.00, 1000.001, BHD, true",
            "1000.005, 1000.01, EUR, true",
            "1000.005, 1000.00, EUR, false",
            "0, 0.01, SEK, true"})
    void aPayoutAboveTheThresholdNeedsApproval(String threshold, String amount, String currency, boolean expected) {
        assertThat(new ApprovalThreshold(new BigDecimal(threshold)).requiresApproval(Money.parse(amount, currency)))
                .isEqualTo(expected);
    }

    @Test
    void aNegativeThresholdIsRefused() {
        assertThatThrownBy(() -> new ApprovalThreshold(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
