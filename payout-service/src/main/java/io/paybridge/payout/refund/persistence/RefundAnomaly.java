package io.paybridge.payout.refund.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A refund notification on a deposit that matched no refund, or did not fit one: recorded, never applied. */
@Entity
@Table(name = "refund_anomaly")
public class RefundAnomaly extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_ref", nullable = false, updatable = false)
    public String orderRef;

    @Column(name = "notification_id", nullable = false, updatable = false)
    public String notificationId;

    /** e.g. {@code UNMATCHED_CREDIT}, {@code UNMATCHED_PAYOUT_CONFIRMATION}, {@code CURRENCY_MISMATCH}. */
    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(name = "amount_minor", updatable = false)
    public Long amountMinor;

    @Column(updatable = false)
    public String currency;

    @Column(updatable = false)
    public String detail;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
