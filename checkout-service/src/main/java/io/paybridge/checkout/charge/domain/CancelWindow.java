package io.paybridge.checkout.charge.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Trustly's CancelCharge rule (reference §3): only a charge with a future PaymentDate, until 18:00 the day
 * before. The reference names no time zone; Trustly's banking days are Swedish, so the zone defaults to
 * Europe/Stockholm (as psp-sandbox's ChargeCalendar) and is configurable. PaymentDates are days in the same zone.
 */
public record CancelWindow(ZoneId zone, Clock clock) {

    private static final LocalTime DEADLINE = LocalTime.of(18, 0);

    /** The first moment a charge collected on {@code paymentDate} can no longer be cancelled. */
    public Instant deadline(LocalDate paymentDate) {
        return paymentDate.minusDays(1).atTime(DEADLINE).atZone(zone).toInstant();
    }

    /** Whether a charge collected on {@code paymentDate} (null: as soon as possible) may be cancelled now. */
    public boolean open(LocalDate paymentDate) {
        return paymentDate != null && clock.instant().isBefore(deadline(paymentDate));
    }

    /** Today in the zone: a PaymentDate before it is in the past. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
