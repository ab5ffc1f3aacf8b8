package io.paybridge.checkout.mandate.persistence;

import io.paybridge.checkout.mandate.domain.MandateInput;
import io.paybridge.checkout.mandate.domain.MandateStatus;
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
 * A direct-debit mandate: the SelectAccount order that asked for it, where it stands, and the account the end
 * user picked (the PSP's account id and masked metadata, never the account number).
 */
@Entity
@Table(name = "mandate")
public class Mandate extends PanacheEntityBase {

    @Id
    @Column(name = "mandate_id")
    public String mandateId;

    /** Who created it (the token's subject), for audit. */
    @Column(nullable = false, updatable = false)
    public String owner;

    @Column(name = "message_id", nullable = false, updatable = false)
    public String messageId;

    @Column(name = "psp_order_id", nullable = false, updatable = false)
    public String pspOrderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MandateStatus status;

    @Column(name = "end_user_id", nullable = false, updatable = false)
    public String endUserId;

    /**
     * The end user's email: Trustly requires it on every Charge of this mandate (Attributes.Email), so it is
     * kept here; it is never logged, published or shown by the API.
     */
    @Column(name = "end_user_email", nullable = false, updatable = false)
    public String endUserEmail;

    @Column(name = "checkout_url", nullable = false, updatable = false)
    public String checkoutUrl;

    @Column(name = "account_id")
    public String accountId;

    public String bank;

    public String descriptor;

    @Column(name = "last_digits")
    public String lastDigits;

    @Column(name = "correlation_id", nullable = false, updatable = false)
    public String correlationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Moves the mandate on {@code input}; returns the status entered, or empty when the input changes nothing. */
    public Optional<MandateStatus> move(MandateInput input, Instant now) {
        Optional<MandateStatus> next = status.on(input);
        next.ifPresent(entered -> {
            status = entered;
            updatedAt = now;
        });
        return next;
    }
}
