package io.paybridge.trustly.api.report;

import io.paybridge.trustly.jsonrpc.MalformedMessageException;

import java.util.ArrayList;
import java.util.List;

/** Splits RFC 4180 CSV into records: quoted fields with {@code ""}, commas and line breaks; LF or CRLF. */
final class CsvRecords {

    private final String text;
    private final List<List<String>> records = new ArrayList<>();
    private List<String> record = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private boolean recordHasContent;
    private int position;

    private CsvRecords(String text) {
        this.text = text;
    }

    static List<List<String>> parse(String text) {
        return new CsvRecords(text).parseAll();
    }

    private List<List<String>> parseAll() {
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"' && field.length() == 0) {
                readQuoted();
            } else if (c == ',') {
                endField();
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                    position++;
                }
                endRecord();
            } else {
                // a stray quote inside an unquoted field is kept as text, as most CSV readers do
                field.append(c);
                recordHasContent = true;
            }
        }
        endRecord();
        return records;
    }

    private void readQuoted() {
        recordHasContent = true;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c != '"') {
                field.append(c);
            } else if (position < text.length() && text.charAt(position) == '"') {
                field.append('"');
                position++;
            } else {
                return;
            }
        }
        throw new MalformedMessageException("the settlement report has an unterminated quoted field");
    }

    private void endField() {
        record.add(field.toString());
        field.setLength(0);
        recordHasContent = true;
    }

    private void endRecord() {
        if (recordHasContent) {
            endField();
            records.add(record);
        }
        record = new ArrayList<>();
        field.setLength(0);
        recordHasContent = false;
    }
}
