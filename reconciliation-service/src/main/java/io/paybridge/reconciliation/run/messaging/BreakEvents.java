package io.paybridge.reconciliation.run.messaging;

import io.paybridge.contracts.reconciliation.v1.BreakClass;
import io.paybridge.contracts.reconciliation.v1.BreakClosed;
import io.paybridge.contracts.reconciliation.v1.BreakOpened;
import io.paybridge.contracts.reconciliation.v1.BreakResolution;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * BreakOpened and BreakClosed from a {@code recon_break} row (columns by name), keyed by the break's payment
 * reference so a break's records stay in order.
 */
public final class BreakEvents {

    /** The columns {@link #opened} and {@link #closed} read. */
    public static final String COLUMNS = "b.id, b.break_class, b.psp_order_id, b.payment_reference, b.correlation_id,"
            + " b.expected_minor, b.expected_currency, b.actual_minor, b.actual_currency, b.opened_run_id, b.closed_run_id,"
            + " b.resolution";

    private BreakEvents() {
    }

    /** BreakOpened of the break in {@code row}. */
    public static EventOutbox.Keyed opened(Row row) {
        BreakOpened event = BreakOpened.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(now())
                .setPaymentReference(row.getString("payment_reference"))
                .setCorrelationId(row.getString("correlation_id"))
                .setBreakId(row.getUUID("id").toString())
                .setRunId(row.getUUID("opened_run_id").toString())
                .setBreakClass(BreakClass.valueOf(row.getString("break_class")))
                .setPspOrderId(row.getString("psp_order_id"))
                .setExpectedAmount(row.getLong("expected_minor"))
                .setExpectedCurrency(row.getString("expected_currency"))
                .setActualAmount(row.getLong("actual_minor"))
                .setActualCurrency(row.getString("actual_currency"))
                .build();
        return new EventOutbox.Keyed(event.getPaymentReference(), event);
    }

    /** BreakClosed of the break in {@code row}; the run id is null when an event closed it. */
    public static EventOutbox.Keyed closed(Row row) {
        UUID run = row.getUUID("closed_run_id");
        BreakClosed event = BreakClosed.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(now())
                .setPaymentReference(row.getString("payment_reference"))
                .setCorrelationId(row.getString("correlation_id"))
                .setBreakId(row.getUUID("id").toString())
                .setRunId(run == null ? null : run.toString())
                .setResolution(BreakResolution.valueOf(row.getString("resolution")))
                .build();
        return new EventOutbox.Keyed(event.getPaymentReference(), event);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
