package io.paybridge.reconciliation.report.persistence;

import io.agroal.api.AgroalDataSource;
import io.paybridge.reconciliation.report.domain.BankTransferReference;
import io.paybridge.support.money.Money;
import io.paybridge.trustly.api.report.LedgerEntry;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps the AccountLedger entries pulled for a window of days in {@code ledger_entry} (blocking: call on a worker
 * thread). Trustly gives ledger entries no id of their own (an order's gluepayid is on each of its entries, and the
 * bank transfer of a settlement may have none), so a pull replaces the window it covers: one transaction deletes the
 * entries booked in {@code [from, to)} and inserts what the PSP answered for it. Pulling the same days twice leaves
 * the same rows. A settlement's bank transfer gets its reference ({@link BankTransferReference}) for the batch check.
 */
@ApplicationScoped
public class LedgerStore {

    private static final String INSERT = "insert into ledger_entry (gluepay_id, booked_at, account_name, psp_order_id, message_id, "
            + "transaction_type, currency, amount_minor, settlement_bank_withdrawal_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String LOCK = "select pg_advisory_xact_lock(hashtext('reconciliation.ledger_entry window'))";

    private final AgroalDataSource dataSource;

    public LedgerStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Replaces the window's entries with {@code entries} (all booked in the window); answers how many were stored. */
    public int replace(Instant from, Instant to, List<LedgerEntry> entries) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(LOCK);
                 PreparedStatement delete = connection.prepareStatement("delete from ledger_entry where booked_at >= ? and booked_at < ?");
                 PreparedStatement insert = connection.prepareStatement(INSERT)) {
                // one replacement at a time: two pulls of overlapping windows must not both keep their rows
                lock.execute();
                delete.setObject(1, from.atOffset(ZoneOffset.UTC));
                delete.setObject(2, to.atOffset(ZoneOffset.UTC));
                delete.executeUpdate();
                for (LedgerEntry entry : entries) {
                    bind(insert, entry);
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
                return entries.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing ledger entries failed: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement insert, LedgerEntry entry) throws SQLException {
        insert.setString(1, entry.gluepayId());
        insert.setObject(2, entry.datestamp());
        insert.setString(3, entry.accountName());
        insert.setString(4, entry.orderId());
        insert.setString(5, entry.messageId());
        insert.setString(6, entry.transactionType());
        insert.setString(7, entry.currency());
        // exact: Trustly writes many decimals, all zeros beyond the currency's minor unit, and anything else is refused
        insert.setLong(8, Money.parse(entry.amount().toPlainString(), entry.currency()).minorUnits());
        insert.setString(9, BankTransferReference.of(entry.accountName(), entry.transactionType(), entry.messageId()));
    }
}
