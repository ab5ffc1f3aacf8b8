package io.paybridge.trustly.api.report;

import io.paybridge.trustly.jsonrpc.MalformedMessageException;

/**
 * A settlement report that is not a valid v1.2 report: names the 1-based data row (0 for the header line) and,
 * where one is to blame, the column (by its v1.2 name, e.g. {@code amount}); the message says both and what is wrong.
 */
public class SettlementCsvException extends MalformedMessageException {

    private final int rowNumber;
    private final String column;
    private final String problem;

    SettlementCsvException(int rowNumber, String column, String problem) {
        super(describe(rowNumber, column, problem));
        this.rowNumber = rowNumber;
        this.column = column;
        this.problem = problem;
    }

    /** The 1-based data row (the line after the header is row 1); 0 when the header itself is at fault. */
    public int rowNumber() {
        return rowNumber;
    }

    /** The column at fault, or null when the row as a whole is (e.g. its number of fields). */
    public String column() {
        return column;
    }

    /** What is wrong, without the row and column. */
    public String problem() {
        return problem;
    }

    private static String describe(int rowNumber, String column, String problem) {
        if (rowNumber == 0) {
            return "the settlement report " + problem;
        }
        return "settlement report row " + rowNumber + (column == null ? " " : ": " + column + " ") + problem;
    }
}
