package io.paybridge.trustly.api.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads ViewAutomaticSettlementDetailsCSV (API version 1.2) row by row from a character stream, holding one
 * row at a time. Columns are found by name in any order, case-insensitively ({@code extraref} is read as
 * {@code externalreference}; other unknown columns are ignored). Each row is validated strictly: as many fields
 * as the header, a timestamp, an account name, an ISO 4217 currency, amounts with no more decimals than their
 * currency has (converted to exact minor units), an ordertype wherever there is an orderid, and the FX amount
 * and currency together. Any fault is a {@link SettlementCsvException} naming the row and the column.
 */
public final class SettlementCsvReader implements AutoCloseable {

    /** The v1.2 columns by the names this reader gives them. */
    public static final List<String> COLUMNS = List.of("datestamp", "accountname", "currency", "amount", "total", "orderid",
            "ordertype", "messageid", "username", "fxpaymentamount", "fxpaymentcurrency", "settlementbankwithdrawalid",
            "externalreference");

    /** The columns without which a row means nothing; {@link SettlementCsvParser} has only ever required these. */
    static final List<String> ESSENTIAL_COLUMNS = List.of("datestamp", "accountname", "currency", "amount");

    private static final Map<String, String> ALIASES = Map.of("extraref", "externalreference");

    private static final int DATESTAMP = 0;
    private static final int ACCOUNT_NAME = 1;
    private static final int CURRENCY = 2;
    private static final int AMOUNT = 3;
    private static final int TOTAL = 4;
    private static final int ORDER_ID = 5;
    private static final int ORDER_TYPE = 6;
    private static final int MESSAGE_ID = 7;
    private static final int USERNAME = 8;
    private static final int FX_AMOUNT = 9;
    private static final int FX_CURRENCY = 10;
    private static final int BANK_WITHDRAWAL_ID = 11;
    private static final int EXTERNAL_REFERENCE = 12;

    private final Reader source;
    private final CsvRecords records;
    private final List<String> headerNames;
    /** For each of {@link #COLUMNS}, its field index in a record, or -1 when the report has no such column. */
    private final int[] fieldOf;
    private final Map<String, Integer> exponents = new HashMap<>();
    private List<String> fields;
    private int rowCount;
    private String lastDatestampText;
    private OffsetDateTime lastDatestamp;

    private SettlementCsvReader(Reader source, CsvRecords records, List<String> headerNames, int[] fieldOf) {
        this.source = source;
        this.records = records;
        this.headerNames = headerNames;
        this.fieldOf = fieldOf;
    }

    /** Reads and checks the header of a v1.2 report: every one of {@link #COLUMNS} must be there. */
    public static SettlementCsvReader open(Reader reader) {
        return open(reader, COLUMNS);
    }

    /** Reads and checks the header, requiring {@code required} (names from {@link #COLUMNS}). */
    static SettlementCsvReader open(Reader reader, List<String> required) {
        CsvRecords records = new CsvRecords(reader);
        List<String> header;
        try {
            header = records.next();
        } catch (CsvRecords.CsvSyntaxException e) {
            throw new SettlementCsvException(0, null, "header " + e.getMessage());
        } catch (IOException e) {
            throw failure(0, e);
        }
        if (header == null) {
            throw new SettlementCsvException(0, null, "is empty: it has no header line");
        }
        List<String> names = header.stream().map(name -> {
            String normalized = name.trim().toLowerCase(Locale.ROOT);
            return ALIASES.getOrDefault(normalized, normalized);
        }).toList();
        int[] fieldOf = new int[COLUMNS.size()];
        for (int column = 0; column < COLUMNS.size(); column++) {
            fieldOf[column] = -1;
            for (int field = 0; field < names.size(); field++) {
                if (names.get(field).equals(COLUMNS.get(column))) {
                    if (fieldOf[column] >= 0) {
                        throw new SettlementCsvException(0, COLUMNS.get(column), "has the column " + COLUMNS.get(column) + " twice");
                    }
                    fieldOf[column] = field;
                }
            }
        }
        for (String name : required) {
            if (fieldOf[COLUMNS.indexOf(name)] < 0) {
                throw new SettlementCsvException(0, name, "has no " + name + " column");
            }
        }
        return new SettlementCsvReader(reader, records, names, fieldOf);
    }

    /** The next row, validated; null after the last one. */
    public SettlementRecord next() {
        int row = rowCount + 1;
        try {
            fields = records.next();
        } catch (CsvRecords.CsvSyntaxException e) {
            throw new SettlementCsvException(row, nameOf(e.fieldIndex()), e.getMessage());
        } catch (IOException e) {
            throw failure(row, e);
        }
        if (fields == null) {
            return null;
        }
        rowCount = row;
        if (fields.size() != headerNames.size()) {
            throw new SettlementCsvException(row, null, "has " + (fields.size() > headerNames.size() ? "more" : "fewer")
                    + " fields than the header (" + fields.size() + ", not " + headerNames.size() + ")");
        }
        String currency = required(CURRENCY);
        int exponent = exponent(CURRENCY, currency);
        String orderId = text(ORDER_ID);
        String orderType = text(ORDER_TYPE);
        if (orderId != null && orderType == null) {
            throw invalid(ORDER_TYPE, "is required when orderid is present");
        }
        String fxCurrency = text(FX_CURRENCY);
        Long fxAmount = null;
        if (fxCurrency != null) {
            fxAmount = amount(FX_AMOUNT, exponent(FX_CURRENCY, fxCurrency));
            if (fxAmount == null) {
                throw invalid(FX_AMOUNT, "is required with fxpaymentcurrency");
            }
        } else if (text(FX_AMOUNT) != null) {
            throw invalid(FX_CURRENCY, "is required with fxpaymentamount");
        }
        return new SettlementRecord(row, datestamp(), required(ACCOUNT_NAME), currency, amount(AMOUNT, exponent),
                amount(TOTAL, exponent), orderId, orderType, text(MESSAGE_ID), text(USERNAME), fxAmount, fxCurrency,
                text(BANK_WITHDRAWAL_ID), text(EXTERNAL_REFERENCE));
    }

    /** The number of rows read so far (the number of the last row {@link #next()} answered). */
    public int rowCount() {
        return rowCount;
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OffsetDateTime datestamp() {
        String text = required(DATESTAMP);
        if (!text.equals(lastDatestampText)) {
            OffsetDateTime parsed = ReportTimestamps.parse(text);
            if (parsed == null) {
                throw invalid(DATESTAMP, "is not a timestamp");
            }
            lastDatestamp = parsed;
            lastDatestampText = text;
        }
        return lastDatestamp;
    }

    private Long amount(int column, int exponent) {
        String text = text(column);
        if (text == null) {
            if (column == AMOUNT) {
                throw invalid(column, "is required");
            }
            return null;
        }
        try {
            return MinorUnits.parse(text.trim(), exponent);
        } catch (MinorUnits.InvalidException e) {
            throw invalid(column, e.getMessage());
        }
    }

    private int exponent(int column, String currency) {
        Integer known = exponents.get(currency);
        if (known != null) {
            return known;
        }
        try {
            int exponent = MinorUnits.exponent(currency);
            exponents.put(currency, exponent);
            return exponent;
        } catch (MinorUnits.InvalidException e) {
            throw invalid(column, e.getMessage());
        }
    }

    private String required(int column) {
        String text = text(column);
        if (text == null || text.isBlank()) {
            throw invalid(column, "is required");
        }
        return text;
    }

    /** The field of a column in the current row; null when empty or when the report has no such column. */
    private String text(int column) {
        int field = fieldOf[column];
        if (field < 0) {
            return null;
        }
        String text = fields.get(field);
        return text.isEmpty() ? null : text;
    }

    private SettlementCsvException invalid(int column, String problem) {
        return new SettlementCsvException(rowCount, COLUMNS.get(column), problem);
    }

    private String nameOf(int fieldIndex) {
        return fieldIndex < headerNames.size() ? headerNames.get(fieldIndex) : null;
    }

    private static RuntimeException failure(int row, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new SettlementCsvException(row, null, "holds bytes that are not text in the report's encoding (UTF-8)");
        }
        return new UncheckedIOException(e);
    }
}
