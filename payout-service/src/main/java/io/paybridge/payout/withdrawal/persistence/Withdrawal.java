package io.paybridge.payout.withdrawal.persistence;

import io.paybridge.payout.withdrawal.domain.ManualDecision;
import io.paybridge.payout.withdrawal.domain.WithdrawalInput;
import io.paybridge.payout.withdrawal.domain.WithdrawalStatus;
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
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A withdrawal the PSP accepted: its PSP identity, where it stands, the amount once debited, and the manual decision
 * sent for it. Every status change passes {@link #apply(WithdrawalInput)}.
 */
@Entity
@Table(name = "withdrawal")
public class Withdrawal extends PanacheEntityBase {

    @Id
    @Column(name = "withdrawal_id")
    public String withdrawalId;

    /** The subject that created it. */
    @Column(nullable = false, updatable = false)
    public String owner;

    @Column(name = "message_id", nullable = false, updatable = false)
    public String messageId;

    @Column(name = "psp_order_id", nullable = false, updatable = false)
    public String pspOrderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WithdrawalStatus status;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "min_amount_minor", updatable = false)
    public Long minAmountMinor;

    @Column(name = "max_amount_minor", updatable = false)
    public Long maxAmountMinor;

    /** The amount the end user chose, known from the debit payout answered OK. */
    @Column(name = "amount_minor")
    public Long amountMinor;

    @Column(name = "end_user_id", nullable = false, updatable = false)
    public String endUserId;

    @Column(name = "checkout_url", nullable = false, updatable = false)
    public String checkoutUrl;

    @Column(name = "debit_notification_id")
    public String debitNotificationId;

    @Enumerated(EnumType.STRING)
    @Column
    public ManualDecision decision;

    /** The UUID every send of {@link #decision} uses. */
    @Column(name = "decision_uuid")
    public UUID decisionUuid;

    @Column(name = "decided_by")
    public String decidedBy;

    /** How many times the decision was sent. */
    @Column(name = "decision_attempts", nullable = false)
    public int decisionAttempts;

    @Column(name = "correlation_id", nullable = false, updatable = false)
    public String correlationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The withdrawal with this id, or null. */
    public static Uni<Withdrawal> byId(String withdrawalId) {
        return findById(withdrawalId);
    }

    /** The withdrawal with this id, locked for the caller's transaction, or null. */
    public static Uni<Withdrawal> lockedById(String withdrawalId) {
        return findById(withdrawalId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The withdrawal whose Withdraw carried {@code messageId}, locked for the caller's transaction, or null. */
    public static Uni<Withdrawal> lockedByMessageId(String messageId) {
        return find("messageId", messageId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The withdrawal on PSP order {@code pspOrderId}, locked for the caller's transaction, or null. */
    public static Uni<Withdrawal> lockedByPspOrderId(String pspOrderId) {
        return find("pspOrderId", pspOrderId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /**
     * Moves the withdrawal as {@code input} says, if its status allows it.
     *
     * @return the new status, or empty when the input is late, repeated or impossible here (nothing changed)
     */
    public Optional<WithdrawalStatus> apply(WithdrawalInput input) {
        Optional<WithdrawalStatus> next = status.on(input);
        next.ifPresent(to -> {
            status = to;
            updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        });
        return next;
    }

    /** The lower bound of the amount, if any. */
    public OptionalLong minAmount() {
        return minAmountMinor == null ? OptionalLong.empty() : OptionalLong.of(minAmountMinor);
    }

    /** The upper bound of the amount, if any. */
    public OptionalLong maxAmount() {
        return maxAmountMinor == null ? OptionalLong.empty() : OptionalLong.of(maxAmountMinor);
    }
}
