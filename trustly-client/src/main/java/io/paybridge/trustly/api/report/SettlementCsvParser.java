package io.paybridge.trustly.api.report;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole v1.2 settlement report held as text into rows with decimal amounts, through
 * {@link SettlementCsvReader}: the same strict rows, but only datestamp, accountname, currency and amount are
 * required columns, and an empty text is an empty report. Streams and large reports read with the reader instead.
 */
public final class SettlementCsvParser {

    private SettlementCsvParser() {
    }

    /** The rows; columns are found by name in any order, case-insensitively, and unknown columns are ignored. */
    public static List<SettlementRow> parse(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        List<SettlementRow> rows = new ArrayList<>();
        try (SettlementCsvReader reader = SettlementCsvReader.open(new StringReader(csv), SettlementCsvReader.ESSENTIAL_COLUMNS)) {
            for (SettlementRecord record = reader.next(); record != null; record = reader.next()) {
                rows.add(record.toRow());
            }
        }
        return List.copyOf(rows);
    }
}
