package io.paybridge.sandbox.ledger;

import io.paybridge.sandbox.order.SandboxOrder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Books money on merchants' Trustly accounts and answers balances and entries; call inside the caller's
 * transaction. A balance is the sum of all entries of a currency; settled entries are balanced by their
 * settlement's payout line, so the balance is also the sum of what is not yet settled.
 */
@ApplicationScoped
public class Ledger {

    /** A merchant's balance in one currency, minor units. */
    public record CurrencyBalance(String currency, long amountMinor) {
    }

    private final Clock clock;

    public Ledger(Clock clock) {
        this.clock = clock;
    }

    /** Books {@code amountMinor} (signed) for an order on the order's merchant account in the order's currency. */
    public Uni<LedgerEntry> book(SandboxOrder order, long amountMinor, String accountName, String orderType, String transactionType) {
        return book(LedgerEntry.of(order.merchantUsername, order.currency, amountMinor, accountName, orderType, transactionType)
                .forOrder(order.orderId, order.messageId, order.externalReference));
    }

    /** Books a prepared entry, stamped with the current time. */
    public Uni<LedgerEntry> book(LedgerEntry entry) {
        entry.bookedAt = clock.instant();
        return entry.persist();
    }

    /** The merchant's balance in {@code currency}, minor units. */
    public Uni<Long> balance(String merchantUsername, String currency) {
        return LedgerEntry.find("select coalesce(sum(e.amountMinor), 0) from LedgerEntry e "
                        + "where e.merchantUsername = ?1 and e.currency = ?2", merchantUsername, currency)
                .project(Long.class).firstResult();
    }

    /**
     * The balance, after taking the account's lock for the rest of the transaction: what spends from the
     * balance (payouts, refunds, settlements) reads it this way so two spenders cannot both see the same money.
     */
    public Uni<Long> lockedBalance(String merchantUsername, String currency) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(:account))) locked", Long.class)
                        .setParameter("account", merchantUsername + "/" + currency)
                        .getSingleResult())
                .flatMap(locked -> balance(merchantUsername, currency));
    }

    /** The merchant's balance in every currency it has entries in, by currency code. */
    public Uni<List<CurrencyBalance>> balances(String merchantUsername) {
        return LedgerEntry.find("select e.currency, sum(e.amountMinor) from LedgerEntry e where e.merchantUsername = ?1 "
                        + "group by e.currency order by e.currency", merchantUsername)
                .project(Object[].class).list()
                .map(rows -> rows.stream().map(row -> new CurrencyBalance((String) row[0], ((Number) row[1]).longValue())).toList());
    }

    /** Entries booked in {@code [from, to)}, oldest first; {@code currency} null means all. */
    public Uni<List<LedgerEntry>> entries(String merchantUsername, Instant from, Instant to, String currency) {
        if (currency == null) {
            return LedgerEntry.list("merchantUsername = ?1 and bookedAt >= ?2 and bookedAt < ?3 order by bookedAt, id",
                    merchantUsername, from, to);
        }
        return LedgerEntry.list("merchantUsername = ?1 and bookedAt >= ?2 and bookedAt < ?3 and currency = ?4 order by bookedAt, id",
                merchantUsername, from, to, currency);
    }

    /** Entries not yet settled that were booked before {@code before}, oldest first; {@code currency} null means all. */
    public Uni<List<LedgerEntry>> unsettled(String merchantUsername, String currency, Instant before) {
        if (currency == null) {
            return LedgerEntry.list("merchantUsername = ?1 and settlementId is null and bookedAt < ?2 order by bookedAt, id",
                    merchantUsername, before);
        }
        return LedgerEntry.list("merchantUsername = ?1 and settlementId is null and bookedAt < ?2 and currency = ?3 order by bookedAt, id",
                merchantUsername, before, currency);
    }

    /** The entries of one settlement, oldest first. */
    public Uni<List<LedgerEntry>> settledBy(long settlementId) {
        return LedgerEntry.list("settlementId = ?1 order by bookedAt, id", settlementId);
    }

    /** The entry that credited a deposit or charge to the merchant, if it was credited. */
    public Uni<Optional<LedgerEntry>> creditOf(long orderId) {
        return LedgerEntry.<LedgerEntry>find("orderId = ?1 and orderType in ?2 and amountMinor > 0 order by id",
                        orderId, List.of(Bookings.DEPOSIT, Bookings.CHARGE))
                .firstResult().map(Optional::ofNullable);
    }
}
