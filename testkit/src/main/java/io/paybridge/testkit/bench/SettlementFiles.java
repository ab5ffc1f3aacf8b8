package io.paybridge.testkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes a {@link SettlementDataSet} out: its report as Trustly's v1.2 settlement CSV, and its movements in
 * PostgreSQL's COPY text format for {@code reconciliation.expected_movement}.
 */
final class SettlementFiles {

    /** The v1.2 header, in Trustly's column order. */
    static final String HEADER = "datestamp,accountname,currency,amount,total,orderid,ordertype,messageid,username,"
            + "fxpaymentamount,fxpaymentcurrency,settlementbankwithdrawalid,externalreference";

    /** The {@code expected_movement} columns {@link #writeMovementsCopy} writes, in order. */
    static final String MOVEMENT_COLUMNS = "psp_order_id, order_type, movement_ref, fact, amount_minor, currency,"
            + " payment_reference, correlation_id, occurred_at";

    /** The merchant's (child) account name, the {@code username} column. */
    static final String USERNAME = "paybridge";

    private static final DateTimeFormatter TRUSTLY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSx")
            .withZone(ZoneOffset.UTC);

    private SettlementFiles() {
    }

    /** The data set's report as CSV: the v1.2 header and every row, {@code \n} line ends, as Trustly sends it. */
    static void writeCsv(SettlementDataSet data, Writer out) {
        Map<String, Long> totals = data.totals();
        try {
            out.write(HEADER);
            out.write('\n');
            data.rows(row -> {
                try {
                    writeRow(out, row, totals.get(row.currency()), data.bankWithdrawalId(row.currency()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The data set's movements in PostgreSQL's COPY text format, the columns of {@link #MOVEMENT_COLUMNS} (no value
     * needs escaping); {@code fact} is the event reconciliation-service records such a movement from.
     */
    static void writeMovementsCopy(SettlementDataSet data, Writer out) {
        data.movements(movement -> {
            try {
                out.write(movement.pspOrderId() + '\t' + movement.orderType() + '\t' + movement.movementRef() + '\t'
                        + fact(movement.orderType()) + '\t' + movement.amountMinor() + '\t' + movement.currency() + '\t'
                        + movement.paymentReference() + '\t' + movement.correlationId() + '\t' + movement.occurredAt() + '\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String fact(String orderType) {
        return switch (orderType) {
            case "Deposit" -> "DepositCredited";
            case "Refund" -> "RefundAccepted";
            case "AccountPayout" -> "PayoutConfirmed";
            case "Charge" -> "ChargeCredited";
            default -> "WithdrawalDebited";
        };
    }

    private static void writeRow(Writer out, SettlementDataSet.Row row, long total, String bankWithdrawalId) throws IOException {
        out.write(TRUSTLY_TIME.format(row.bookedAt()));
        out.write(',');
        out.write(row.accountName());
        out.write(',');
        out.write(row.currency());
        out.write(',');
        out.write(decimal(row.amountMinor()));
        out.write(',');
        out.write(decimal(total));
        out.write(',');
        out.write(row.orderId() == null ? "" : row.orderId());
        out.write(',');
        out.write(row.orderType());
        out.write(',');
        out.write(row.messageId() == null ? "" : row.messageId());
        out.write(',');
        out.write(USERNAME);
        out.write(',');
        out.write(row.fxAmountMinor() == null ? "" : decimal(row.fxAmountMinor()));
        out.write(',');
        out.write(row.fxCurrency() == null ? "" : row.fxCurrency());
        out.write(',');
        out.write(bankWithdrawalId);
        out.write(',');
        out.write(row.externalReference() == null ? "" : row.externalReference());
        out.write('\n');
    }

    /** Two decimals, exactly: {@code -1234} → {@code "-12.34"}. */
    static String decimal(long minor) {
        long magnitude = Math.abs(minor);
        long fraction = magnitude % 100;
        return (minor < 0 ? "-" : "") + magnitude / 100 + "." + (fraction < 10 ? "0" : "") + fraction;
    }
}
