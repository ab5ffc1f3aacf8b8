package io.paybridge.checkout.charge.persistence;

import io.paybridge.checkout.charge.domain.ChargeInput;
import io.paybridge.checkout.charge.domain.ChargeStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A charge of a direct-debit mandate: the PSP order (none when rejected), the money, the day, and where it stands. */
@Entity
@Table(name = "charge")
public class Charge extends PanacheEntityBase {

    @Id
    @Column(name = "charge_id")
    public String chargeId;

    /** Who created it (the token's subject, or {@code command} for the charge-a-mandate command), for audit. */
    @Column(nullable = false, updatable = false)
    public String owner;

    @Column(name = "mandate_id", updatable = false)
    public String mandateId;

    /** The commandId of the ChargeMandate command that made it, if one did. */
    @Column(name = "command_id", updatable = false)
    public String commandId;

    @Column(name = "message_id", nullable = false, updatable = false)
    public String messageId;

    @Column(name = "psp_order_id", updatable = false)
    public String pspOrderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChargeStatus status;

    @Column(name = "account_id", nullable = false, updatable = false)
    public String accountId;

    @Column(name = "end_user_id", nullable = false, updatable = false)
    public String endUserId;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    public long amountMinor;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "payment_date", updatable = false)
    public LocalDate paymentDate;

    /** The PSP's rejection code, e.g. ERROR_MANDATE_NOT_FOUND. */
    @Column(name = "rejection_reason", updatable = false)
    public String rejectionReason;

    /** The reason a cancel notification gave for a FAILED charge. */
    @Column(name = "failure_reason")
    public String failureReason;

    /** Set before CancelCharge is sent, so the cancel notification it causes reads as the merchant's cancel. */
    @Column(name = "cancel_requested", nullable = false)
    public boolean cancelRequested;

    @Column(name = "correlation_id", nullable = false, updatable = false)
    public String correlationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Moves the charge on {@code input}; returns the status entered, or empty when the input changes nothing. */
    public Optional<ChargeStatus> move(ChargeInput input, Instant now) {
        Optional<ChargeStatus> next = status.on(input);
        next.ifPresent(entered -> {
            status = entered;
            updatedAt = now;
        });
        return next;
    }
}
