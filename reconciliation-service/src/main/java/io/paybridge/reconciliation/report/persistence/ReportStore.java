package io.paybridge.reconciliation.report.persistence;

import io.agroal.api.AgroalDataSource;
import io.paybridge.reconciliation.report.ReportContent;
import io.paybridge.reconciliation.report.ReportSource;
import io.paybridge.trustly.api.report.SettlementCsvReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores a settlement report and its rows in one JDBC transaction while the report is read (blocking: call on a
 * worker thread). The report's identity is known only after its last row, so the rows go in under a provisional
 * identity; if a report with the same identity is already stored, everything is rolled back and that report is
 * answered instead, so ingesting the same report twice changes nothing. A report that fails to read leaves nothing.
 */
@ApplicationScoped
public class ReportStore {

    private static final String UNIQUE_VIOLATION = "23505";

    private final AgroalDataSource dataSource;

    public ReportStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Reads the report to its end into the tables, or finds the identical one; fails with the reader's exception. */
    public StoredReport store(ReportSource source, LocalDate settlementDate, ReportContent content) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            String sha256 = null;
            try {
                long reportId = insertReport(connection, source, settlementDate);
                int rows;
                try (SettlementCsvReader reader = SettlementCsvReader.open(content.reader())) {
                    rows = ReportRowCopy.copy(connection, reportId, reader);
                }
                sha256 = content.sha256();
                Optional<StoredReport> existing = find(connection, sha256);
                if (existing.isPresent()) {
                    connection.rollback();
                    return existing.get();
                }
                complete(connection, reportId, sha256, rows);
                connection.commit();
                return new StoredReport(reportId, settlementDate, rows, null, true);
            } catch (SQLException e) {
                connection.rollback();
                if (sha256 != null && UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    // the same report was stored by another ingestion meanwhile
                    Optional<StoredReport> existing = find(connection, sha256);
                    connection.rollback();
                    if (existing.isPresent()) {
                        return existing.get();
                    }
                }
                throw e;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing a settlement report failed: " + e.getMessage(), e);
        }
    }

    /** The report stored with this identity, with its run when it has one. */
    public Optional<StoredReport> find(String sha256) {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, sha256);
        } catch (SQLException e) {
            throw new IllegalStateException("reading a settlement report failed: " + e.getMessage(), e);
        }
    }

    /** The run of a stored report, if it has been reconciled. */
    public Optional<UUID> runOf(long reportId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select id from reconciliation_run where report_id = ?")) {
            select.setLong(1, reportId);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(result.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a reconciliation run failed: " + e.getMessage(), e);
        }
    }

    private static long insertReport(Connection connection, ReportSource source, LocalDate settlementDate) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into settlement_report "
                + "(source, settlement_date, content_sha256, row_count, received_at) values (?, ?, ?, 0, now()) returning id")) {
            insert.setString(1, source.name());
            insert.setDate(2, Date.valueOf(settlementDate));
            // provisional and unique: the real identity is known after the last row (never visible: same transaction)
            insert.setString(3, "reading " + UUID.randomUUID());
            try (ResultSet result = insert.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void complete(Connection connection, long reportId, String sha256, int rows) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update settlement_report set content_sha256 = ?, row_count = ? where id = ?")) {
            update.setString(1, sha256);
            update.setInt(2, rows);
            update.setLong(3, reportId);
            update.executeUpdate();
        }
    }

    private static Optional<StoredReport> find(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select r.id, r.settlement_date, r.row_count, run.id "
                + "from settlement_report r left join reconciliation_run run on run.report_id = r.id where r.content_sha256 = ?")) {
            select.setString(1, sha256);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredReport(result.getLong(1), result.getDate(2).toLocalDate(), result.getInt(3),
                        result.getObject(4, UUID.class), false));
            }
        }
    }
}
