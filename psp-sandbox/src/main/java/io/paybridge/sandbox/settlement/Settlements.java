package io.paybridge.sandbox.settlement;

import io.paybridge.sandbox.Sequences;
import io.paybridge.sandbox.ledger.Bookings;
import io.paybridge.sandbox.ledger.Ledger;
import io.paybridge.sandbox.ledger.LedgerEntry;
import io.paybridge.sandbox.merchant.Merchant;
import io.paybridge.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs settlements and answers their reports. A settlement takes a merchant's unsettled entries booked
 * before the end of a UTC date, sends the queued refunds whose deposits settle now (see
 * {@link CurrencySettlement}), pays the total per currency out to the merchant's bank with one 10-digit
 * reference, and keeps the ViewAutomaticSettlementDetailsCSV report. With nothing to settle the settlement
 * is still recorded, with a header-only report and no bank transfer, so the report of that date exists.
 */
@ApplicationScoped
public class Settlements {

    private final Ledger ledger;
    private final Bookings bookings;
    private final CurrencySettlement currencies;
    private final Clock clock;

    public Settlements(Ledger ledger, Bookings bookings, CurrencySettlement currencies, Clock clock) {
        this.ledger = ledger;
        this.bookings = bookings;
        this.currencies = currencies;
        this.clock = clock;
    }

    /** Settles {@code date} for one merchant, or every merchant when {@code merchant} is null, in one transaction. */
    public Uni<List<Settlement>> run(LocalDate date, String currency, String merchant) {
        return Panache.withTransaction(() -> merchantsToSettle(merchant).flatMap(usernames -> {
            Uni<List<Settlement>> done = Uni.createFrom().item(new ArrayList<>());
            for (String username : usernames) {
                done = done.flatMap(settled -> settle(username, date, currency).map(settlement -> {
                    settled.add(settlement);
                    return settled;
                }));
            }
            return done;
        }));
    }

    /** A settlement by id. */
    public Uni<Optional<Settlement>> find(long id) {
        return Panache.withSession(() -> Settlement.<Settlement>findById(id).map(Optional::ofNullable));
    }

    /** The settlements of a date, of one merchant or (null) all, in the order they ran. */
    public Uni<List<Settlement>> ofDate(LocalDate date, String merchant) {
        return Panache.withSession(() -> merchant == null
                ? Settlement.list("settlementDate = ?1 order by id", date)
                : Settlement.list("settlementDate = ?1 and merchantUsername = ?2 order by id", date, merchant));
    }

    /** The merchant's report for a settlement date over all its settlements of that date; {@code currency} null means all. */
    public Uni<String> report(String merchant, LocalDate date, String currency) {
        return Settlement.<Settlement>list("merchantUsername = ?1 and settlementDate = ?2 order by id", merchant, date)
                .flatMap(settlements -> {
                    Map<Long, String> references = settlements.stream().filter(settlement -> settlement.bankWithdrawalId != null)
                            .collect(Collectors.toMap(settlement -> settlement.id, settlement -> settlement.bankWithdrawalId));
                    Uni<List<LedgerEntry>> rows = Uni.createFrom().item(new ArrayList<>());
                    for (Settlement settlement : settlements) {
                        rows = rows.flatMap(all -> ledger.settledBy(settlement.id).map(entries -> {
                            entries.stream().filter(entry -> isReportRow(entry, currency)).forEach(all::add);
                            return all;
                        }));
                    }
                    return rows.map(all -> SettlementReport.csv(all, entry -> references.get(entry.settlementId)));
                });
    }

    private Uni<List<String>> merchantsToSettle(String merchant) {
        if (merchant == null) {
            return Merchant.find("select m.username from Merchant m order by m.username").project(String.class).list();
        }
        return Merchant.<Merchant>findById(merchant).map(found -> {
            if (found == null) {
                throw ProblemException.invalid("merchant", "is not a registered merchant");
            }
            return List.of(merchant);
        });
    }

    private Uni<Settlement> settle(String username, LocalDate date, String currency) {
        return Sequences.next("settlement_id_seq").flatMap(id -> Sequences.next("settlement_bank_withdrawal_id_seq").flatMap(reference -> {
            Settlement settlement = new Settlement();
            settlement.id = id;
            settlement.merchantUsername = username;
            settlement.settlementDate = date;
            settlement.currency = currency;
            settlement.report = SettlementReport.HEADER + "\n";
            settlement.createdAt = clock.instant();
            return settlement.<Settlement>persist()
                    .flatMap(persisted -> currencies.settleAll(settlement, date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                    .flatMap(rows -> payOut(settlement, rows, Long.toString(reference)));
        }));
    }

    private Uni<Settlement> payOut(Settlement settlement, List<LedgerEntry> rows, String reference) {
        boolean paid = settlement.totals.values().stream().anyMatch(total -> total > 0);
        settlement.bankWithdrawalId = paid ? reference : null;
        settlement.rowCount = rows.size();
        settlement.report = SettlementReport.csv(rows, entry -> settlement.bankWithdrawalId);
        Uni<Void> lines = Uni.createFrom().voidItem();
        for (Map.Entry<String, Long> total : settlement.totals.entrySet()) {
            if (total.getValue() > 0) {
                lines = lines.flatMap(done -> bookings.settlementPaidOut(settlement.merchantUsername, total.getKey(), total.getValue(),
                        settlement.id, reference).replaceWithVoid());
            }
        }
        return lines.replaceWith(settlement);
    }

    private static boolean isReportRow(LedgerEntry entry, String currency) {
        return !Bookings.SETTLEMENT.equals(entry.orderType) && (currency == null || currency.equals(entry.currency));
    }
}
