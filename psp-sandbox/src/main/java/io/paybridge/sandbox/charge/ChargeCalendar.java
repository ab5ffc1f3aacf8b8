package io.paybridge.sandbox.charge;

import io.paybridge.sandbox.order.SandboxOrder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When direct-debit charges happen, in Stockholm time as Trustly's banking days are: a charge with a
 * PaymentDate is collected on that date and can be cancelled until 18:00 the day before; one without
 * is collected as soon as possible (after a configured delay in the sandbox) and cannot be cancelled.
 */
public final class ChargeCalendar {

    /** Trustly's home time zone, which its direct-debit deadlines are given in. */
    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final LocalTime CANCEL_DEADLINE = LocalTime.of(18, 0);

    private ChargeCalendar() {
    }

    /** Today's date in Stockholm. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), STOCKHOLM);
    }

    /** The last moment a charge collected on {@code paymentDate} can be cancelled (exclusive): 18:00 Stockholm the day before. */
    public static Instant cancelDeadline(LocalDate paymentDate) {
        return paymentDate.minusDays(1).atTime(CANCEL_DEADLINE).atZone(STOCKHOLM).toInstant();
    }

    /** True when a charge may still be cancelled at {@code now}. */
    public static boolean cancellable(LocalDate paymentDate, Instant now) {
        return paymentDate != null && now.isBefore(cancelDeadline(paymentDate));
    }

    /** True when the charge is to be collected at {@code now}. */
    public static boolean isDue(SandboxOrder charge, Instant now, Duration asapDelay) {
        if (charge.paymentDate == null) {
            return !charge.createdAt.plus(asapDelay).isAfter(now);
        }
        return !LocalDate.ofInstant(now, STOCKHOLM).isBefore(charge.paymentDate);
    }
}
