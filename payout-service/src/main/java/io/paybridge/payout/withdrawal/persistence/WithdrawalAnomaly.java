package io.paybridge.payout.withdrawal.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notification a withdrawal's status did not take (late, repeated or impossible): recorded, never applied. */
@Entity
@Table(name = "withdrawal_anomaly")
public class WithdrawalAnomaly extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "withdrawal_id", nullable = false, updatable = false)
    public String withdrawalId;

    @Column(name = "notification_id", nullable = false, updatable = false)
    public String notificationId;

    /** The notification's kind, e.g. {@code CREDIT}. */
    @Column(nullable = false, updatable = false)
    public String kind;

    /** The withdrawal's status when it arrived. */
    @Column(nullable = false, updatable = false)
    public String status;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
