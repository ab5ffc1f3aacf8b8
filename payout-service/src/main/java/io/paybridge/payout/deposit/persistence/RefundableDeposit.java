package io.paybridge.payout.deposit.persistence;

import io.paybridge.payout.deposit.domain.DepositStanding;
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

/**
 * A credited deposit as refunds see it: what came in, what its refunds that have not failed add up to, and whether
 * the PSP reversed it. The database refuses {@code refundedMinor} outside 0..{@code creditedMinor}.
 */
@Entity
@Table(name = "refundable_deposit")
public class RefundableDeposit extends PanacheEntityBase {

    @Id
    @Column(name = "order_ref")
    public String orderRef;

    @Column(name = "psp_order_id", nullable = false, updatable = false)
    public String pspOrderId;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "credited_minor", nullable = false)
    public long creditedMinor;

    /** The sum of the deposit's refunds that have not failed. */
    @Column(name = "refunded_minor", nullable = false)
    public long refundedMinor;

    /** How many of its refunds have not failed. */
    @Column(name = "refund_count", nullable = false)
    public int refundCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DepositStanding status;

    @Column(name = "credited_at", nullable = false)
    public Instant creditedAt;

    /** The notification of the deposit's own credit; any other credit on its PSP order is a refund coming back. */
    @Column(name = "credit_notification_id")
    public String creditNotificationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The deposit, locked until the transaction ends ({@code SELECT … FOR UPDATE}); null when unknown. */
    public static Uni<RefundableDeposit> lock(String orderRef) {
        return findById(orderRef, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The deposit of a PSP order, locked until the transaction ends; null when unknown. */
    public static Uni<RefundableDeposit> lockByPspOrder(String pspOrderId) {
        return RefundableDeposit.<RefundableDeposit>find("pspOrderId", pspOrderId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /** What refunds may still take, in minor units. */
    public long remainingMinor() {
        return creditedMinor - refundedMinor;
    }

    /** Counts a new refund of {@code amountMinor} against the deposit. */
    public void reserve(long amountMinor, Instant now) {
        refundedMinor += amountMinor;
        refundCount++;
        updatedAt = now;
    }

    /** Gives a failed refund's {@code amountMinor} back: refundable again. */
    public void release(long amountMinor, Instant now) {
        refundedMinor -= amountMinor;
        refundCount--;
        updatedAt = now;
    }
}
