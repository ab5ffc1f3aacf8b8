package io.paybridge.reconciliation.expected.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Movements are signed as the settlement report shows them, and never move nothing. */
class MovementTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void moneyInIsPositiveAndMoneyOutNegative() {
        assertThat(Movement.in("1", OrderType.DEPOSIT, "dep-1", "DepositCredited", 1_000, "EUR", "dep-1", "c", AT).amountMinor())
                .isEqualTo(1_000);
        assertThat(Movement.out("1", OrderType.REFUND, "ref-1", "RefundAccepted", 1_000, "EUR", "dep-1", "c", AT).amountMinor())
                .isEqualTo(-1_000);
    }

    @Test
    void aCancelledCopyKeepsEverythingElse() {
        Movement movement = Movement.out("1", OrderType.WITHDRAW, "wd-1", "WithdrawalDebited", 300, "SEK", "wd-1", "c", AT);

        assertThat(movement.asCancelled()).isEqualTo(new Movement("1", OrderType.WITHDRAW, "wd-1", "WithdrawalDebited", -300, "SEK",
                "wd-1", "c", AT, true));
    }

    @Test
    void anAmountNotAboveZeroOrAMalformedCurrencyIsRefused() {
        assertThatThrownBy(() -> Movement.in("1", OrderType.CHARGE, "c-1", "ChargeCredited", 0, "EUR", "c-1", "c", AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Movement.out("1", OrderType.CHARGE, "c-1", "ChargeCredited", -5, "EUR", "c-1", "c", AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Movement.in("1", OrderType.CHARGE, "c-1", "ChargeCredited", 5, "eur", "c-1", "c", AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Movement.in(" ", OrderType.CHARGE, "c-1", "ChargeCredited", 5, "EUR", "c-1", "c", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
