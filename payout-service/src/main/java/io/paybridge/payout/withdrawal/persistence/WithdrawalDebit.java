package io.paybridge.payout.withdrawal.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How one withdrawal debit notification was answered: every repeat of its notification id gets the same answer. */
@Entity
@Table(name = "withdrawal_debit")
public class WithdrawalDebit extends PanacheEntityBase {

    @Id
    @Column(name = "notification_id")
    public String notificationId;

    /** The withdrawal its MessageID names; null when none does. */
    @Column(name = "withdrawal_id", updatable = false)
    public String withdrawalId;

    @Column(name = "psp_order_id", nullable = false, updatable = false)
    public String pspOrderId;

    @Column(name = "message_id", nullable = false, updatable = false)
    public String messageId;

    /** The amount exactly as the PSP sent it. */
    @Column(updatable = false)
    public String amount;

    @Column(updatable = false)
    public String currency;

    /** {@code OK} or {@code FAILED}. */
    @Column(nullable = false, updatable = false)
    public String status;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "decided_at", nullable = false, updatable = false)
    public Instant decidedAt;
}
