package io.paybridge.reconciliation.expected.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A movement the platform expects Trustly to settle on the merchant account: signed minor units as the settlement
 * report shows them (money in positive, out negative), on the PSP order Trustly reports it on. {@code fact} names the
 * event that made it expected; with the type and {@code movementRef} it identifies the movement, so the same fact
 * twice is one movement. A cancelled movement may never settle: it is never missing, and a reported row equal to it
 * still pairs with it.
 */
public record Movement(String pspOrderId, OrderType orderType, String movementRef, String fact, long amountMinor,
        String currency, String paymentReference, String correlationId, Instant occurredAt, boolean cancelled) {

    public Movement {
        Objects.requireNonNull(orderType, "orderType");
        requireText(pspOrderId, "pspOrderId");
        requireText(movementRef, "movementRef");
        requireText(fact, "fact");
        requireText(paymentReference, "paymentReference");
        requireText(correlationId, "correlationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be three upper-case letters, was " + currency);
        }
        if (amountMinor == 0) {
            throw new IllegalArgumentException(fact + " " + movementRef + " moves no money");
        }
    }

    /** Money that comes in (a credit): {@code amountMinor} must be above zero. */
    public static Movement in(String pspOrderId, OrderType type, String movementRef, String fact, long amountMinor, String currency,
            String paymentReference, String correlationId, Instant occurredAt) {
        return new Movement(pspOrderId, type, movementRef, fact, positive(amountMinor, fact), currency, paymentReference,
                correlationId, occurredAt, false);
    }

    /** Money that goes out: {@code amountMinor} (above zero) is stored negative. */
    public static Movement out(String pspOrderId, OrderType type, String movementRef, String fact, long amountMinor, String currency,
            String paymentReference, String correlationId, Instant occurredAt) {
        return new Movement(pspOrderId, type, movementRef, fact, -positive(amountMinor, fact), currency, paymentReference,
                correlationId, occurredAt, false);
    }

    /** The same movement, cancelled: it may never settle. */
    public Movement asCancelled() {
        return new Movement(pspOrderId, orderType, movementRef, fact, amountMinor, currency, paymentReference, correlationId,
                occurredAt, true);
    }

    private static long positive(long amountMinor, String fact) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException(fact + " has amount " + amountMinor + ", not above zero");
        }
        return amountMinor;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
