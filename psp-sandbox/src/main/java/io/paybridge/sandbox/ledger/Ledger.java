package io.paybridge.sandbox.ledger;

import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Books money on merchants' Trustly accounts and answers balances; call inside the caller's transaction. */
@ApplicationScoped
public class Ledger {

    /** Books {@code amountMinor} (signed) for an order on the order's merchant account in the order's currency. */
    public Uni<LedgerEntry> book(SandboxOrder order, long amountMinor, String accountName, String orderType, String transactionType) {
        LedgerEntry entry = new LedgerEntry();
        entry.merchantUsername = order.merchantUsername;
        entry.currency = order.currency;
        entry.amountMinor = amountMinor;
        entry.accountName = accountName;
        entry.orderType = orderType;
        entry.transactionType = transactionType;
        entry.orderId = order.orderId;
        entry.messageId = order.messageId;
        entry.externalReference = order.externalReference;
        entry.bookedAt = Instant.now();
        return entry.persist();
    }

    /** The merchant's balance in {@code currency}, minor units. */
    public Uni<Long> balance(String merchantUsername, String currency) {
        return LedgerEntry.find("select coalesce(sum(e.amountMinor), 0) from LedgerEntry e "
                        + "where e.merchantUsername = ?1 and e.currency = ?2", merchantUsername, currency)
                .project(Long.class).firstResult();
    }
}
