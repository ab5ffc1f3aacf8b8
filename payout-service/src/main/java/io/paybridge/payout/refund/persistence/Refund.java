package io.paybridge.payout.refund.persistence;

import io.paybridge.payout.refund.domain.RefundFailureStage;
import io.paybridge.payout.refund.domain.RefundInput;
import io.paybridge.payout.refund.domain.RefundStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A refund of (part of) a credited deposit: its amount, reserved on the deposit before the PSP is called, the UUID
 * every Refund call for it is sent with, the request that made it, and where it stands.
 */
@Entity
@Table(name = "refund")
public class Refund extends PanacheEntityBase {

    @Id
    @Column(name = "refund_id")
    public String refundId;

    @Column(name = "order_ref", nullable = false, updatable = false)
    public String orderRef;

    /** The deposit's PSP order id: Trustly refunds a deposit by its order id; the refund has none of its own. */
    @Column(name = "psp_order_id", nullable = false, updatable = false)
    public String pspOrderId;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    public long amountMinor;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(updatable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RefundStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_stage")
    public RefundFailureStage failureStage;

    /** The PSP's error code (e.g. 616) when it refused the refund, or the payoutfailed notification's. */
    @Column(name = "error_code")
    public String errorCode;

    @Column(name = "error_message")
    public String errorMessage;

    /** The UUID of the Refund call, chosen once: every send of this refund is the identical request. */
    @Column(nullable = false, updatable = false)
    public UUID uuid;

    /** The request that made it: the Idempotency-Key's scope and key, or {@code command:} and the commandId. */
    @Column(name = "request_key", nullable = false, updatable = false)
    public String requestKey;

    @Column(name = "command_id", updatable = false)
    public String commandId;

    /** The token's subject, or {@code command} for the RequestRefund command. */
    @Column(name = "requested_by", nullable = false, updatable = false)
    public String requestedBy;

    @Column(name = "correlation_id", nullable = false, updatable = false)
    public String correlationId;

    /** How many times Refund was sent (each send may be retried inside the gateway with the same UUID). */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_attempt_at", nullable = false)
    public Instant lastAttemptAt;

    /** The notification that confirmed or failed the refund. */
    @Column(name = "notification_id")
    public String notificationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The refund, locked until the transaction ends; null when unknown. */
    public static Uni<Refund> lock(String refundId) {
        return findById(refundId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The refund a request made, if one did. */
    public static Uni<Refund> ofRequest(String requestKey) {
        return Refund.<Refund>find("requestKey", requestKey).firstResult();
    }

    /** Moves the refund on {@code input}; returns the status entered, or empty when the input changes nothing. */
    public Optional<RefundStatus> move(RefundInput input, Instant now) {
        Optional<RefundStatus> next = status.on(input);
        next.ifPresent(entered -> {
            status = entered;
            failureStage = input.failureStage().orElse(null);
            updatedAt = now;
        });
        return next;
    }
}
