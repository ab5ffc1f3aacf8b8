package io.paybridge.checkout.link.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One press of Pay that made a Deposit: the link, the attempt's number (1, 2, …) and the deposit. Never changes. */
@Entity
@Table(name = "payment_link_attempt")
public class PaymentLinkAttempt extends PanacheEntityBase {

    @Id
    @Column(name = "order_ref")
    public String orderRef;

    @Column(name = "link_id", nullable = false, updatable = false)
    public String linkId;

    @Column(nullable = false, updatable = false)
    public int attempt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
