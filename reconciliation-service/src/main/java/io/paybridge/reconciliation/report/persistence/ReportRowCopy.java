package io.paybridge.reconciliation.report.persistence;

import io.paybridge.trustly.api.report.SettlementCsvReader;
import io.paybridge.trustly.api.report.SettlementRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Streams a report's rows into {@code report_row} with PostgreSQL's COPY in its binary format as they are read:
 * rows are encoded into a buffer of about {@value #FLUSH_BYTES} bytes and sent when it is full, so memory stays the
 * same for ten rows or ten million and the database stores while the next rows are read. Binary, because parsing a
 * million timestamps and numbers from text was the database's largest cost after the rows themselves. The buffer is a
 * plain {@link ByteBuffer} (big-endian, as the format is), not a {@code DataOutputStream} over a
 * {@code ByteArrayOutputStream}, where each of a row's some fifty writes was a synchronized call.
 */
final class ReportRowCopy {

    private static final String COPY = "copy report_row (report_id, row_number, booked_at, account_name, currency, amount_minor, "
            + "total_minor, psp_order_id, order_type, message_id, username, fx_payment_amount_minor, fx_payment_currency, "
            + "settlement_bank_withdrawal_id, external_reference) from stdin with (format binary)";
    private static final short FIELDS = 15;
    private static final int FLUSH_BYTES = 256 * 1024;
    /** The binary format's signature, flags and header extension length. */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** PostgreSQL's timestamps count microseconds from 2000-01-01T00:00Z. */
    private static final long POSTGRES_EPOCH_SECONDS = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();

    private final CopyIn copy;
    private ByteBuffer out = ByteBuffer.allocate(FLUSH_BYTES + 64 * 1024);

    private ReportRowCopy(CopyIn copy) {
        this.copy = copy;
    }

    /** Copies every row the reader gives into the report; answers the number of rows. Fails with the reader's exception. */
    static int copy(Connection connection, long reportId, SettlementCsvReader reader) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            ReportRowCopy rows = new ReportRowCopy(copy);
            rows.out.put(HEADER);
            for (SettlementRecord row = reader.next(); row != null; row = reader.next()) {
                rows.append(reportId, row);
                if (rows.out.position() >= FLUSH_BYTES) {
                    rows.send();
                }
            }
            rows.out.putShort((short) -1);
            rows.send();
            copy.endCopy();
            return reader.rowCount();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void append(long reportId, SettlementRecord row) {
        room(2);
        out.putShort(FIELDS);
        bigint(reportId);
        room(4 + 4);
        out.putInt(4);
        out.putInt(row.rowNumber());
        bigint(microsSincePostgresEpoch(row.datestamp().toInstant()));
        text(row.accountName());
        text(row.currency());
        bigint(row.amountMinor());
        bigint(row.totalMinor());
        text(row.orderId());
        text(row.orderType());
        text(row.messageId());
        text(row.username());
        bigint(row.fxPaymentAmountMinor());
        text(row.fxPaymentCurrency());
        text(row.settlementBankWithdrawalId());
        text(row.externalReference());
    }

    private void bigint(Long value) {
        room(4 + 8);
        if (value == null) {
            out.putInt(-1);
        } else {
            out.putInt(8);
            out.putLong(value);
        }
    }

    /** Text (and char(n)) as UTF-8; null is length -1. */
    private void text(String value) {
        if (value == null) {
            room(4);
            out.putInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        room(4 + utf8.length);
        out.putInt(utf8.length);
        out.put(utf8);
    }

    /** Grows the buffer when a row's fields do not fit behind what waits to be sent (a row of very long fields). */
    private void room(int bytes) {
        if (out.remaining() < bytes) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(2 * out.capacity(), out.position() + bytes));
            out.flip();
            out = larger.put(out);
        }
    }

    /** Rounded to the microsecond, as PostgreSQL rounds a timestamp written with more digits. */
    static long microsSincePostgresEpoch(Instant instant) {
        long seconds = instant.getEpochSecond() - POSTGRES_EPOCH_SECONDS;
        return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), (instant.getNano() + 500) / 1000);
    }

    private void send() throws SQLException {
        if (out.position() > 0) {
            copy.writeToCopy(out.array(), 0, out.position());
            out.clear();
        }
    }
}
