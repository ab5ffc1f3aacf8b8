package io.paybridge.payout.account.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A bank account an account notification reported for a PSP order: the PSP's account id and masked metadata (never
 * an account number or a name), and the order's end user once a notification named them. Written by
 * {@link KnownAccounts} in SQL; read here.
 */
@Entity
@Immutable
@Table(name = "known_account")
public class KnownAccount extends PanacheEntityBase {

    @Id
    public long id;

    @Column(name = "psp_order_id")
    public String pspOrderId;

    @Column(name = "account_id")
    public String accountId;

    @Column(name = "end_user_id")
    public String endUserId;

    public boolean verified;

    @Column(name = "clearing_house")
    public String clearingHouse;

    public String bank;

    public String descriptor;

    @Column(name = "last_digits")
    public String lastDigits;

    @Column(name = "notification_id")
    public String notificationId;

    @Column(name = "reported_at")
    public Instant reportedAt;
}
