package io.paybridge.trustly.api.report;

import io.paybridge.trustly.api.Amounts;
import io.paybridge.trustly.api.Timestamps;
import io.paybridge.trustly.jsonrpc.MalformedMessageException;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the v1.2 settlement report CSV into rows by header name, accepting {@code extraref} as the last column. */
public final class SettlementCsvParser {

    private static final Map<String, String> ALIASES = Map.of("extraref", "externalreference");
    private static final List<String> REQUIRED = List.of("datestamp", "accountname", "currency", "amount");

    private SettlementCsvParser() {
    }

    /** The rows; columns are found by name in any order, case-insensitively, and unknown columns are ignored. */
    public static List<SettlementRow> parse(String csv) {
        List<List<String>> records = CsvRecords.parse(csv == null ? "" : csv);
        if (records.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = columns(records.get(0));
        List<SettlementRow> rows = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() > records.get(0).size()) {
                throw new MalformedMessageException("settlement report row " + i + " has more fields than the header");
            }
            rows.add(row(new Fields(columns, record, i)));
        }
        return List.copyOf(rows);
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            columns.putIfAbsent(ALIASES.getOrDefault(name, name), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new MalformedMessageException("the settlement report has no " + required + " column");
            }
        }
        return columns;
    }

    private static SettlementRow row(Fields fields) {
        return new SettlementRow(fields.timestamp("datestamp"), fields.text("accountname"), fields.text("currency"),
                fields.amount("amount"), fields.amount("total"), fields.text("orderid"), fields.text("ordertype"),
                fields.text("messageid"), fields.text("username"), fields.amount("fxpaymentamount"),
                fields.text("fxpaymentcurrency"), fields.text("settlementbankwithdrawalid"),
                fields.text("externalreference"));
    }

    /** The fields of one record by column name; empty or missing fields are null. */
    private record Fields(Map<String, Integer> columns, List<String> record, int rowNumber) {

        String text(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.size() || record.get(index).isEmpty()) {
                return null;
            }
            return record.get(index);
        }

        BigDecimal amount(String column) {
            String value = text(column);
            try {
                return value == null ? null : Amounts.parse(value.trim());
            } catch (NumberFormatException e) {
                throw new MalformedMessageException("settlement report row " + rowNumber + ": " + column + " is not an amount");
            }
        }

        OffsetDateTime timestamp(String column) {
            return Timestamps.parse(text(column)).orElseThrow(() -> new MalformedMessageException(
                    "settlement report row " + rowNumber + ": " + column + " is not a timestamp"));
        }
    }
}
