package io.paybridge.payout.accountpayout.persistence;

import io.paybridge.payout.accountpayout.domain.FailureStage;
import io.paybridge.payout.accountpayout.domain.PayoutInput;
import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.support.money.Money;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * An account payout: the account and money, its fixed PSP identity (MessageID and UUID, stored before any call),
 * who asked and who decided, and where it stands.
 */
@Entity
@Table(name = "account_payout")
public class Payout extends PanacheEntityBase {

    @Id
    @Column(name = "payout_id")
    public String payoutId;

    /** The commandId of the RequestAccountPayout command that made it, if one did. */
    @Column(name = "command_id", updatable = false)
    public String commandId;

    @Column(name = "message_id", nullable = false, updatable = false)
    public String messageId;

    /** The UUID every AccountPayout of this payout is sent with (the PSP answers a resend with its first answer). */
    @Column(name = "psp_uuid", nullable = false, updatable = false)
    public String pspUuid;

    @Column(name = "psp_order_id")
    public String pspOrderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PayoutStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_stage")
    public FailureStage failureStage;

    /** The PSP's error code or our own reason code of a FAILED or REJECTED payout. */
    @Column(name = "failure_code")
    public String failureCode;

    @Column(name = "failure_message")
    public String failureMessage;

    @Column(name = "account_id", nullable = false, updatable = false)
    public String accountId;

    @Column(name = "end_user_id", nullable = false, updatable = false)
    public String endUserId;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    public long amountMinor;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "shopper_statement", nullable = false, updatable = false)
    public String shopperStatement;

    /** The NotificationURL of the first send, kept so a resend is the identical request. */
    @Column(name = "notification_url", nullable = false, updatable = false)
    public String notificationUrl;

    /** The token subject that asked for it, or {@code command:<commandId>} for the command. */
    @Column(name = "requested_by", nullable = false, updatable = false)
    public String requestedBy;

    @Column(name = "approval_required", nullable = false, updatable = false)
    public boolean approvalRequired;

    /** The subject that approved or rejected it. */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** How many times AccountPayout was sent (each with the same MessageID and UUID). */
    @Column(name = "send_attempts", nullable = false)
    public int sendAttempts;

    /** When the resolver resends a REQUESTED or UNKNOWN payout next. */
    @Column(name = "next_send_at")
    public Instant nextSendAt;

    /** Why the last send got no definite answer. */
    @Column(name = "last_send_error")
    public String lastSendError;

    @Column(name = "correlation_id", nullable = false, updatable = false)
    public String correlationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The amount as money. */
    public Money amount() {
        return Money.ofMinor(amountMinor, currency);
    }

    /**
     * Moves the payout on {@code input}; a failing input also records its stage. Returns the status entered, or
     * empty when the input changes nothing.
     */
    public Optional<PayoutStatus> move(PayoutInput input, Instant now) {
        Optional<PayoutStatus> next = status.on(input);
        next.ifPresent(entered -> {
            status = entered;
            failureStage = input.failureStage().orElse(null);
            updatedAt = now;
        });
        return next;
    }
}
