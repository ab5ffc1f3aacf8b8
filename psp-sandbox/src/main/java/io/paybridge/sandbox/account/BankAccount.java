package io.paybridge.sandbox.account;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An end user's bank account known to the sandbox by its Trustly AccountID. */
@Entity
@Table(name = "bank_account")
public class BankAccount extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public String accountId;

    @Column(name = "merchant_username", nullable = false)
    public String merchantUsername;

    @Column(name = "end_user_id", nullable = false)
    public String endUserId;

    @Column(nullable = false)
    public String clearinghouse;

    @Column(nullable = false)
    public String bank;

    @Column(name = "account_number", nullable = false)
    public String accountNumber;

    @Column(nullable = false)
    public String descriptor;

    @Column(name = "mandate_active", nullable = false)
    public boolean mandateActive;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Override
    public String toString() {
        // the account number is personal data
        return "BankAccount[" + accountId + "]";
    }
}
