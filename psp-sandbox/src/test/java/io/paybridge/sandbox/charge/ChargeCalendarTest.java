package io.paybridge.sandbox.charge;

import io.paybridge.sandbox.order.SandboxOrder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Cancel deadlines and due dates of charges, in Stockholm time across summer time. */
class ChargeCalendarTest {

    @Test
    void theCancelDeadlineIsSixInTheEveningStockholmTimeTheDayBefore() {
        // winter: Stockholm is UTC+1
        assertThat(ChargeCalendar.cancelDeadline(LocalDate.parse("2026-01-15"))).isEqualTo(Instant.parse("2026-01-14T17:00:00Z"));
        // summer: UTC+2
        assertThat(ChargeCalendar.cancelDeadline(LocalDate.parse("2026-07-15"))).isEqualTo(Instant.parse("2026-07-14T16:00:00Z"));
    }

    @Test
    void aChargeIsCancellableUpToButNotIncludingTheDeadline() {
        LocalDate paymentDate = LocalDate.parse("2026-01-15");

        assertThat(ChargeCalendar.cancellable(paymentDate, Instant.parse("2026-01-14T16:59:59.999Z"))).isTrue();
        assertThat(ChargeCalendar.cancellable(paymentDate, Instant.parse("2026-01-14T17:00:00Z"))).isFalse();
        assertThat(ChargeCalendar.cancellable(null, Instant.parse("2020-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void aDatedChargeIsDueFromMidnightStockholmTimeOfItsPaymentDate() {
        SandboxOrder charge = new SandboxOrder();
        charge.paymentDate = LocalDate.parse("2026-01-15");
        charge.createdAt = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(ChargeCalendar.isDue(charge, Instant.parse("2026-01-14T22:59:59Z"), Duration.ZERO)).isFalse();
        assertThat(ChargeCalendar.isDue(charge, Instant.parse("2026-01-14T23:00:00Z"), Duration.ZERO)).isTrue();
    }

    @Test
    void anUndatedChargeIsDueAfterTheDelay() {
        SandboxOrder charge = new SandboxOrder();
        charge.createdAt = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(ChargeCalendar.isDue(charge, Instant.parse("2026-01-01T00:00:09Z"), Duration.ofSeconds(10))).isFalse();
        assertThat(ChargeCalendar.isDue(charge, Instant.parse("2026-01-01T00:00:10Z"), Duration.ofSeconds(10))).isTrue();
    }
}
