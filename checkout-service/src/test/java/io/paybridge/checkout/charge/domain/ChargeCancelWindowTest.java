package io.paybridge.checkout.charge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** CancelCharge's 18:00-the-day-before rule in Stockholm time, with a fixed clock. */
class ChargeCancelWindowTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final LocalDate PAYMENT_DATE = LocalDate.of(2026, 12, 10);

    private static CancelWindow at(String instant) {
        return new CancelWindow(STOCKHOLM, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void theDeadlineIs18StockholmTheDayBefore() {
        // December: Stockholm is UTC+1, so 18:00 there is 17:00 UTC
        assertThat(at("2026-12-01T00:00:00Z").deadline(PAYMENT_DATE)).isEqualTo(Instant.parse("2026-12-09T17:00:00Z"));
    }

    @Test
    void aMinuteBeforeTheDeadlineItIsOpen() {
        assertThat(at("2026-12-09T16:59:00Z").open(PAYMENT_DATE)).isTrue();
    }

    @Test
    void atTheDeadlineItIsClosed() {
        assertThat(at("2026-12-09T17:00:00Z").open(PAYMENT_DATE)).isFalse();
    }

    @Test
    void in18UtcTermsItWouldStillBeOpenButStockholmDecides() {
        assertThat(at("2026-12-09T17:30:00Z").open(PAYMENT_DATE)).isFalse();
    }

    @Test
    void inSummerTheDeadlineIs16Utc() {
        LocalDate midsummer = LocalDate.of(2026, 6, 20);
        assertThat(at("2026-06-19T15:59:59Z").open(midsummer)).isTrue();
        assertThat(at("2026-06-19T16:00:00Z").open(midsummer)).isFalse();
    }

    @Test
    void aChargeWithoutPaymentDateCanNeverBeCancelled() {
        assertThat(at("2026-12-01T00:00:00Z").open(null)).isFalse();
    }

    @Test
    void todayIsTheStockholmDate() {
        // 23:30 UTC on the 9th is already the 10th in Stockholm
        assertThat(at("2026-12-09T23:30:00Z").today()).isEqualTo(LocalDate.of(2026, 12, 10));
    }
}
