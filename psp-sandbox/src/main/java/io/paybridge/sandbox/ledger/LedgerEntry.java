package io.paybridge.sandbox.ledger;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One movement on a merchant's Trustly account: positive in, negative out, minor units. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "merchant_username", nullable = false)
    public String merchantUsername;

    @Column(nullable = false, columnDefinition = "bpchar")
    public String currency;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    /** The account the money moved from (positive) or to (negative), e.g. SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE. */
    @Column(name = "account_name", nullable = false)
    public String accountName;

    /** The settlement report's ordertype: Deposit, Deposit Fee, Refund, Refund Fee, AccountPayout, ... */
    @Column(name = "order_type", nullable = false)
    public String orderType;

    /** The AccountLedger's human-readable transactiontype. */
    @Column(name = "transaction_type", nullable = false)
    public String transactionType;

    @Column(name = "order_id")
    public Long orderId;

    @Column(name = "message_id")
    public String messageId;

    @Column(name = "external_reference")
    public String externalReference;

    @Column(name = "booked_at", nullable = false)
    public Instant bookedAt;

    /** The settlement that paid this entry out to the merchant's bank; null until settled. */
    @Column(name = "settlement_id")
    public Long settlementId;

    /** A new, unbooked entry for a merchant's account in {@code currency}; amounts signed, minor units. */
    public static LedgerEntry of(String merchantUsername, String currency, long amountMinor, String accountName,
                                 String orderType, String transactionType) {
        LedgerEntry entry = new LedgerEntry();
        entry.merchantUsername = merchantUsername;
        entry.currency = currency;
        entry.amountMinor = amountMinor;
        entry.accountName = accountName;
        entry.orderType = orderType;
        entry.transactionType = transactionType;
        return entry;
    }

    /** Ties the entry to an order as the merchant knows it: orderid, messageid and external reference. */
    public LedgerEntry forOrder(Long orderId, String messageId, String externalReference) {
        this.orderId = orderId;
        this.messageId = messageId;
        this.externalReference = externalReference;
        return this;
    }

    @Override
    public String toString() {
        return "LedgerEntry[" + id + ", " + orderType + ", order " + orderId + ", settlement " + settlementId + "]";
    }
}
