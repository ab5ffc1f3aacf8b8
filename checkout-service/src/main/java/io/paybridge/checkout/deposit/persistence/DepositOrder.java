package io.paybridge.checkout.deposit.persistence;

import io.paybridge.checkout.deposit.domain.DepositState;
import io.paybridge.checkout.deposit.domain.DepositStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A deposit order as this service keeps it: the PSP order it created, the amount in minor units, where
 * the deposit stands in its state machine and what links it to the request that made it. The end user's
 * name and contact details went to the PSP and are not kept.
 */
@Entity
@Table(name = "deposit_order")
public class DepositOrder extends PanacheEntityBase {

    @Id
    @Column(name = "order_ref")
    public String orderRef;

    /** Who created it (the token's subject), for audit; readers with {@code payments:read} see every deposit. */
    @Column(nullable = false, updatable = false)
    public String owner;

    @Column(name = "message_id", nullable = false, updatable = false)
    public String messageId;

    @Column(name = "psp_order_id", nullable = false, updatable = false)
    public String pspOrderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DepositStatus status;

    /** The notification id of a debit that arrived before its credit, applied as a reversal once the credit arrives. */
    @Column(name = "held_debit_notification_id")
    public String heldDebitNotificationId;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    public long amountMinor;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "end_user_id", nullable = false, updatable = false)
    public String endUserId;

    @Column(name = "invoice_id", updatable = false)
    public String invoiceId;

    @Column(name = "checkout_url", nullable = false, updatable = false)
    public String checkoutUrl;

    @Column(name = "checkout_expires_at", nullable = false, updatable = false)
    public Instant checkoutExpiresAt;

    @Column(name = "correlation_id", nullable = false, updatable = false)
    public String correlationId;

    /** The W3C trace context of the request that created the order, linked from the spans of later notifications. */
    @Column(updatable = false)
    public String traceparent;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The state-machine view of this order. */
    public DepositState state() {
        return new DepositState(status, heldDebitNotificationId != null);
    }
}
