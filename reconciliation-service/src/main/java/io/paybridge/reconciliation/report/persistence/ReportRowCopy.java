package io.paybridge.reconciliation.report.persistence;

import io.paybridge.trustly.api.report.SettlementCsvReader;
import io.paybridge.trustly.api.report.SettlementRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Streams a report's rows into {@code report_row} with PostgreSQL's COPY (text format) as they are read: rows are
 * formatted into a buffer of {@value #FLUSH_CHARS} characters and sent when it is full, so memory stays the same for
 * ten rows or ten million, and the database parses while the next rows are read.
 */
final class ReportRowCopy {

    private static final String COPY = "copy report_row (report_id, row_number, booked_at, account_name, currency, amount_minor, "
            + "total_minor, psp_order_id, order_type, message_id, username, fx_payment_amount_minor, fx_payment_currency, "
            + "settlement_bank_withdrawal_id, external_reference) from stdin";
    private static final int FLUSH_CHARS = 256 * 1024;

    private ReportRowCopy() {
    }

    /** Copies every row the reader gives into the report; answers the number of rows. Fails with the reader's exception. */
    static int copy(Connection connection, long reportId, SettlementCsvReader reader) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            String report = Long.toString(reportId);
            StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
            for (SettlementRecord row = reader.next(); row != null; row = reader.next()) {
                append(buffer, report, row);
                if (buffer.length() >= FLUSH_CHARS) {
                    send(copy, buffer);
                }
            }
            send(copy, buffer);
            copy.endCopy();
            return reader.rowCount();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void append(StringBuilder buffer, String reportId, SettlementRecord row) {
        buffer.append(reportId).append('\t').append(row.rowNumber()).append('\t').append(row.datestamp()).append('\t');
        text(buffer, row.accountName()).append('\t');
        buffer.append(row.currency()).append('\t').append(row.amountMinor()).append('\t');
        number(buffer, row.totalMinor()).append('\t');
        text(buffer, row.orderId()).append('\t');
        text(buffer, row.orderType()).append('\t');
        text(buffer, row.messageId()).append('\t');
        text(buffer, row.username()).append('\t');
        number(buffer, row.fxPaymentAmountMinor()).append('\t');
        text(buffer, row.fxPaymentCurrency()).append('\t');
        text(buffer, row.settlementBankWithdrawalId()).append('\t');
        text(buffer, row.externalReference()).append('\n');
    }

    private static StringBuilder number(StringBuilder buffer, Long value) {
        return value == null ? buffer.append("\\N") : buffer.append(value.longValue());
    }

    /** COPY's text format: null is {@code \N}; backslash, tab, line feed and carriage return are escaped. */
    private static StringBuilder text(StringBuilder buffer, String value) {
        if (value == null) {
            return buffer.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return buffer;
    }

    private static void send(CopyIn copy, StringBuilder buffer) throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }
}
