package io.paybridge.trustly.api;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Trustly's timestamps, PostgreSQL style {@code 2014-01-30 13:28:45.652299+01} (fraction and offset length vary). */
public final class Timestamps {

    // lenient so that an hour-only offset such as +01 parses as well as +05:30
    private static final DateTimeFormatter POSTGRES = new DateTimeFormatterBuilder()
            .parseLenient()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral(' ')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendOffset("+HH:MM", "+00")
            .toFormatter();

    private Timestamps() {
    }

    /** Parses Trustly's format or ISO-8601 with an offset; empty when it is neither. */
    public static Optional<OffsetDateTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {POSTGRES, DateTimeFormatter.ISO_OFFSET_DATE_TIME}) {
            try {
                return Optional.of(OffsetDateTime.parse(text.trim(), format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
