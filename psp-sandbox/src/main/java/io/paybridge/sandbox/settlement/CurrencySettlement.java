package io.paybridge.sandbox.settlement;

import io.paybridge.sandbox.ledger.Bookings;
import io.paybridge.sandbox.ledger.Ledger;
import io.paybridge.sandbox.ledger.LedgerEntry;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Settles one merchant's currencies within a settlement. Per currency: the unsettled entries before the
 * cut-off, plus the queued refunds whose deposit is settled or settles now, oldest first, as long as both
 * the settled total and the balance still cover them (a refund that does not fit stays queued for the
 * next settlement). A configured Settlement Fee is taken from each currency's total first and booked as a
 * row of its own. A currency whose total would be negative, or more than the balance (paying it out would
 * overdraw the account), is left for the next settlement as Trustly rolls such settlements over.
 */
@ApplicationScoped
public class CurrencySettlement {

    private static final Logger LOG = Logger.getLogger(CurrencySettlement.class);

    /** A queued refund and the deposit it refunds. */
    private record Refund(SandboxOrder refund, SandboxOrder deposit) {
    }

    /** Refunds chosen to go out with the settlement, and what is left of total and balance after them. */
    private record Plan(long total, long balance, List<Refund> refunds) {
        Plan with(SandboxOrder refund, SandboxOrder deposit, long cost) {
            List<Refund> more = new ArrayList<>(refunds);
            more.add(new Refund(refund, deposit));
            return new Plan(total - cost, balance - cost, more);
        }
    }

    private final Ledger ledger;
    private final RefundExecutor refunds;
    private final Bookings bookings;

    public CurrencySettlement(Ledger ledger, RefundExecutor refunds, Bookings bookings) {
        this.ledger = ledger;
        this.refunds = refunds;
        this.bookings = bookings;
    }

    /** Settles every currency of the settlement's merchant (or the settlement's one currency); answers the report's rows. */
    public Uni<List<LedgerEntry>> settleAll(Settlement settlement, Instant cutoff) {
        return ledger.unsettled(settlement.merchantUsername, settlement.currency, cutoff).flatMap(entries -> queuedRefunds(settlement)
                .flatMap(queued -> {
                    Set<String> currencies = new TreeSet<>();
                    entries.forEach(entry -> currencies.add(entry.currency));
                    queued.forEach(refund -> currencies.add(refund.currency));
                    Uni<List<LedgerEntry>> rows = Uni.createFrom().item(new ArrayList<>());
                    for (String currency : currencies) {
                        List<LedgerEntry> ofCurrency = entries.stream().filter(entry -> entry.currency.equals(currency)).toList();
                        List<SandboxOrder> refundsOfCurrency = queued.stream().filter(refund -> refund.currency.equals(currency)).toList();
                        rows = rows.flatMap(all -> settle(settlement, currency, ofCurrency, refundsOfCurrency).map(settled -> {
                            all.addAll(settled);
                            return all;
                        }));
                    }
                    return rows;
                }));
    }

    private Uni<List<SandboxOrder>> queuedRefunds(Settlement settlement) {
        return SandboxOrder.<SandboxOrder>list("merchantUsername = ?1 and kind = ?2 and state = ?3 order by createdAt, orderId",
                        settlement.merchantUsername, OrderKind.REFUND, OrderState.QUEUED)
                .map(queued -> queued.stream().filter(refund -> settlement.currency == null || settlement.currency.equals(refund.currency))
                        .toList());
    }

    private Uni<List<LedgerEntry>> settle(Settlement settlement, String currency, List<LedgerEntry> entries, List<SandboxOrder> queued) {
        long fee = bookings.feeMinor(Bookings.Fee.SETTLEMENT, currency);
        long total = entries.stream().mapToLong(entry -> entry.amountMinor).sum() - fee;
        if (total < 0) {
            LOG.infof("%s: %s not settled, its total is negative; rolled over to the next settlement", settlement, currency);
            return Uni.createFrom().item(List.of());
        }
        Set<Long> settling = entries.stream().map(entry -> entry.id).collect(Collectors.toSet());
        return ledger.lockedBalance(settlement.merchantUsername, currency).flatMap(balance -> {
            Uni<Plan> plan = Uni.createFrom().item(new Plan(total, balance - fee, List.of()));
            for (SandboxOrder refund : queued) {
                plan = plan.flatMap(chosen -> consider(chosen, refund, settling));
            }
            return plan;
        }).flatMap(plan -> {
            if (plan.total() > plan.balance()) {
                LOG.infof("%s: %s not settled, paying it out would overdraw the account; rolled over", settlement, currency);
                return Uni.createFrom().item(List.<LedgerEntry>of());
            }
            return sendRefunds(plan).flatMap(refundEntries -> settlementFee(settlement, currency, fee).map(feeEntries -> {
                List<LedgerEntry> rows = new ArrayList<>(entries);
                rows.addAll(refundEntries);
                rows.addAll(feeEntries);
                rows.forEach(row -> row.settlementId = settlement.id);
                settlement.totals.put(currency, plan.total());
                return rows;
            }));
        });
    }

    private Uni<Plan> consider(Plan plan, SandboxOrder refund, Set<Long> settling) {
        return SandboxOrder.<SandboxOrder>findById(refund.parentOrderId).flatMap(deposit -> ledger.creditOf(deposit.orderId).map(credit -> {
            boolean depositSettles = credit.isPresent() && (credit.get().settlementId != null || settling.contains(credit.get().id));
            long cost = refunds.cost(refund);
            boolean covered = plan.total() >= cost && plan.balance() >= cost;
            return deposit.state == OrderState.CREDITED && depositSettles && covered ? plan.with(refund, deposit, cost) : plan;
        }));
    }

    private Uni<List<LedgerEntry>> settlementFee(Settlement settlement, String currency, long fee) {
        if (fee == 0) {
            return Uni.createFrom().item(List.of());
        }
        return bookings.settlementFee(settlement.merchantUsername, currency, settlement.id).map(List::of);
    }

    private Uni<List<LedgerEntry>> sendRefunds(Plan plan) {
        Uni<List<LedgerEntry>> booked = Uni.createFrom().item(new ArrayList<>());
        for (Refund chosen : plan.refunds()) {
            booked = booked.flatMap(all -> refunds.send(chosen.refund(), chosen.deposit()).map(entries -> {
                all.addAll(entries);
                return all;
            }));
        }
        return booked;
    }
}
