package io.paybridge.trustly.api.report;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV read from a character stream into records, one at a time: fields quoted with {@code "}
 * may hold commas, doubled quotes and line breaks; records end with LF or CRLF; a leading byte order mark is
 * skipped and blank lines are no records. Strict: a quote inside an unquoted field, text after a closing quote
 * and an unterminated quote are {@link CsvSyntaxException}s. Only the current record is held, and a record
 * longer than {@link #MAX_RECORD_CHARS} is refused, so memory stays bounded whatever the input.
 */
final class CsvRecords {

    /** The longest record accepted, in characters (a v1.2 row is a few hundred). */
    static final int MAX_RECORD_CHARS = 1 << 16;

    private static final int END = -1;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private final char[] buffer = new char[16 * 1024];
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder(64);
    private int position;
    private int limit;
    private boolean started;
    private int recordChars;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The next record's fields, or null after the last one. The list is reused by the next call: copy what you keep. */
    List<String> next() throws IOException {
        fields.clear();
        recordChars = 0;
        int c = read();
        while (c == '\n' || c == '\r') {
            if (c == '\r') {
                skipLineFeed();
            }
            c = read();
        }
        if (c == END) {
            return null;
        }
        while (true) {
            field.setLength(0);
            if (c == '"') {
                c = readQuoted();
            } else {
                c = readUnquoted(c);
            }
            fields.add(field.toString());
            if (c == ',') {
                c = read();
            } else if (c == '\n' || c == END) {
                return fields;
            } else if (c == '\r') {
                skipLineFeed();
                return fields;
            } else {
                throw new CsvSyntaxException("has text after its closing quote", fields.size() - 1);
            }
        }
    }

    /**
     * Reads an unquoted field starting with {@code c} (the character just read); answers the character after it. A field
     * that ends within the buffer is appended in one piece, the common case; one that runs past it, character by
     * character.
     */
    private int readUnquoted(int c) throws IOException {
        if (c == ',' || c == '\n' || c == '\r' || c == END) {
            return c;
        }
        int start = position - 1;
        for (int i = start; i < limit; i++) {
            char next = buffer[i];
            if (next == ',' || next == '\n' || next == '\r') {
                count(i - start);
                field.append(buffer, start, i - start);
                position = i + 1;
                return next;
            }
            if (next == '"') {
                throw quoteInsideUnquoted();
            }
        }
        while (c != ',' && c != '\n' && c != '\r' && c != END) {
            if (c == '"') {
                throw quoteInsideUnquoted();
            }
            append((char) c);
            c = read();
        }
        return c;
    }

    /** Reads a quoted field after its opening quote; answers the character after the closing quote. */
    private int readQuoted() throws IOException {
        while (true) {
            int c = read();
            if (c == END) {
                throw new CsvSyntaxException("has an unterminated quote", fields.size());
            }
            if (c == '"') {
                int next = read();
                if (next != '"') {
                    return next;
                }
            }
            append((char) c);
        }
    }

    private CsvSyntaxException quoteInsideUnquoted() {
        return new CsvSyntaxException("has a quote inside an unquoted field (quote the whole field and double the quote)",
                fields.size());
    }

    private void append(char c) {
        count(1);
        field.append(c);
    }

    /** Counts characters of the record, refusing it beyond {@link #MAX_RECORD_CHARS}. */
    private void count(int chars) {
        recordChars += chars;
        if (recordChars > MAX_RECORD_CHARS) {
            throw new CsvSyntaxException("makes the row longer than " + MAX_RECORD_CHARS + " characters", fields.size());
        }
    }

    private void skipLineFeed() throws IOException {
        if (fill() && buffer[position] == '\n') {
            position++;
        }
    }

    private int read() throws IOException {
        if (!fill()) {
            return END;
        }
        return buffer[position++];
    }

    /** True when a character is available at {@code position}. */
    private boolean fill() throws IOException {
        while (position >= limit) {
            int read = in.read(buffer, 0, buffer.length);
            if (read < 0) {
                return false;
            }
            position = 0;
            limit = read;
            if (!started && read > 0) {
                started = true;
                if (buffer[0] == BYTE_ORDER_MARK) {
                    position = 1;
                }
            }
        }
        return true;
    }

    /** The CSV text itself is malformed (the message continues "field ..."); {@code fieldIndex} is the 0-based field of the record where it was found. */
    static final class CsvSyntaxException extends RuntimeException {

        private final int fieldIndex;

        CsvSyntaxException(String message, int fieldIndex) {
            super(message, null, false, false);
            this.fieldIndex = fieldIndex;
        }

        int fieldIndex() {
            return fieldIndex;
        }
    }
}
