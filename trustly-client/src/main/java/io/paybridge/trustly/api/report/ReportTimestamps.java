package io.paybridge.trustly.api.report;

import io.paybridge.trustly.api.Timestamps;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The report's datestamps, {@code 2014-03-31 11:50:06.46106+00}, read without a formatter for the shape Trustly
 * writes (a million rows read a million of them); any other shape goes to {@link Timestamps#parse}.
 */
final class ReportTimestamps {

    private ReportTimestamps() {
    }

    /** The timestamp, or null when the text is none. */
    static OffsetDateTime parse(String text) {
        OffsetDateTime fast = fast(text);
        return fast != null ? fast : Timestamps.parse(text).orElse(null);
    }

    /** {@code yyyy-MM-dd HH:mm:ss[.fraction](+|-)HH[:MM]}, or null for any other shape or an impossible value. */
    private static OffsetDateTime fast(String text) {
        int length = text.length();
        if (length < 22 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != ' ' || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int i = 19;
        int nanos = 0;
        if (text.charAt(i) == '.') {
            int start = ++i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            int fractionDigits = i - start;
            if (fractionDigits == 0 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(text, start, fractionDigits);
            for (int pad = fractionDigits; pad < 9; pad++) {
                nanos *= 10;
            }
        }
        if (i >= length || (text.charAt(i) != '+' && text.charAt(i) != '-')) {
            return null;
        }
        int sign = text.charAt(i) == '-' ? -1 : 1;
        int rest = length - i - 1;
        int offsetMinutes;
        if (rest == 2) {
            offsetMinutes = digits(text, i + 1, 2) * 60;
        } else if (rest == 5 && text.charAt(i + 3) == ':') {
            offsetMinutes = digits(text, i + 1, 2) * 60 + digits(text, i + 4, 2);
        } else {
            return null;
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || nanos < 0 || offsetMinutes < 0) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos,
                    ZoneOffset.ofTotalSeconds(sign * offsetMinutes * 60));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written by {@code count} digits at {@code start}, or -1 when one of them is not a digit. */
    private static int digits(String text, int start, int count) {
        if (start + count > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
