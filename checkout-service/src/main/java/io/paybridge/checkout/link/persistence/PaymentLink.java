package io.paybridge.checkout.link.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A payment link: what the end user pays, to whom it is shown, until when, and the end user's details that
 * each Deposit made from it needs (the one place checkout-service keeps them: the PSP call happens only when
 * the end user presses Pay). The token itself is never stored, only its SHA-256.
 */
@Entity
@Table(name = "payment_link")
public class PaymentLink extends PanacheEntityBase {

    @Id
    @Column(name = "link_id")
    public String linkId;

    @Column(nullable = false, updatable = false)
    public String owner;

    @Column(name = "token_sha256", nullable = false, updatable = false)
    public String tokenSha256;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    public long amountMinor;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(nullable = false, updatable = false)
    public String description;

    @Column(name = "end_user_id", nullable = false, updatable = false)
    public String endUserId;

    @Column(name = "end_user_first_name", updatable = false)
    public String endUserFirstName;

    @Column(name = "end_user_last_name", updatable = false)
    public String endUserLastName;

    @Column(name = "end_user_email", updatable = false)
    public String endUserEmail;

    @Column(name = "end_user_country", updatable = false)
    public String endUserCountry;

    @Column(name = "end_user_locale", updatable = false)
    public String endUserLocale;

    @Column(name = "end_user_phone", updatable = false)
    public String endUserPhone;

    @Column(name = "end_user_national_id", updatable = false)
    public String endUserNationalId;

    @Column(name = "success_url", nullable = false, updatable = false)
    public String successUrl;

    @Column(name = "fail_url", nullable = false, updatable = false)
    public String failUrl;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "correlation_id", nullable = false, updatable = false)
    public String correlationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
