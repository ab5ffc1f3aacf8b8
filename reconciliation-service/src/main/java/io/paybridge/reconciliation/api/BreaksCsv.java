package io.paybridge.reconciliation.api;

import io.paybridge.reconciliation.api.persistence.BreakRecord;
import io.smallrye.mutiny.Multi;
import java.util.List;
import java.util.Objects;

/**
 * A run's breaks as CSV (RFC 4180: a header line, CRLF line ends, a field quoted when it holds a comma, a quote or a
 * line break, quotes doubled), one line per break with its section in the run's statement and every amount both as
 * signed minor units and as an exact decimal string. Empty fields are absent values.
 */
final class BreaksCsv {

    /** The media type of the export. */
    static final String MEDIA_TYPE = "text/csv";
    /** The columns, in order. */
    static final List<String> COLUMNS = List.of("section", "break_id", "break_class", "psp_order_id", "order_type",
            "payment_reference", "correlation_id", "expected_minor", "expected_amount", "expected_currency", "actual_minor",
            "actual_amount", "actual_currency", "movement_id", "report_id", "report_row_number", "opened_run_id", "last_seen_run_id",
            "closed_run_id", "opened_at", "closed_at", "resolution");
    /** Lines written to the response at a time. */
    static final int LINES_PER_CHUNK = 500;
    private static final String CRLF = "\r\n";

    private BreaksCsv() {
    }

    /** The header line, then a line per break, in chunks of up to {@value #LINES_PER_CHUNK} lines, as they stream in. */
    static Multi<String> of(Multi<BreakRecord> breaks) {
        Multi<String> lines = breaks.group().intoLists().of(LINES_PER_CHUNK).map(chunk -> {
            StringBuilder text = new StringBuilder(chunk.size() * 256);
            chunk.forEach(found -> text.append(line(found)));
            return text.toString();
        });
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(header()), lines);
    }

    static String header() {
        return String.join(",", COLUMNS) + CRLF;
    }

    static String line(BreakRecord found) {
        return String.join(",",
                found.section().name(),
                field(found.id()),
                field(found.breakClass()),
                field(found.pspOrderId()),
                field(found.orderType()),
                field(found.paymentReference()),
                field(found.correlationId()),
                field(found.expectedMinor()),
                field(Decimals.of(found.expectedMinor(), found.expectedCurrency())),
                field(found.expectedCurrency()),
                field(found.actualMinor()),
                field(Decimals.of(found.actualMinor(), found.actualCurrency())),
                field(found.actualCurrency()),
                field(found.movementId()),
                field(found.reportId()),
                field(found.reportRowNumber()),
                field(found.openedRunId()),
                field(found.lastSeenRunId()),
                field(found.closedRunId()),
                field(found.openedAt()),
                field(found.closedAt()),
                field(found.resolution())) + CRLF;
    }

    /** One field: empty for null, quoted when it holds a comma, a quote, CR or LF, with quotes doubled. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = Objects.toString(value);
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
