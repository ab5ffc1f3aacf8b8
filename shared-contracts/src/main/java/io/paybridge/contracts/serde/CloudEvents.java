package io.paybridge.contracts.serde;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** The CloudEvents 1.0 Kafka binary-mode headers of a Paybridge record. */
public final class CloudEvents {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";

    /** The CloudEvents specification version these headers follow. */
    public static final String SPEC_VERSION_1_0 = "1.0";
    /** The content type of every Paybridge record value. */
    public static final String AVRO_CONTENT_TYPE = "application/avro";

    /** Every header {@link #headers} writes, in the order it writes them. */
    public static final List<String> NAMES = List.of(ID, TYPE, SOURCE, TIME, SPEC_VERSION, CONTENT_TYPE);

    private CloudEvents() {}

    /** The headers of the record, in a stable order: id, type, source, time, spec version, content type. */
    public static Map<String, String> headers(SpecificRecord record, String source) {
        Objects.requireNonNull(record, "record");
        requireSource(source);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, eventId(record));
        headers.put(TYPE, record.getSchema().getFullName());
        headers.put(SOURCE, source);
        headers.put(TIME, DateTimeFormatter.ISO_INSTANT.format(occurredAt(record)));
        headers.put(SPEC_VERSION, SPEC_VERSION_1_0);
        headers.put(CONTENT_TYPE, AVRO_CONTENT_TYPE);
        return Collections.unmodifiableMap(headers);
    }

    /** The UTF-8 value of the last header of that name, if there is one with a value. */
    public static Optional<String> header(Headers headers, String name) {
        Header last = headers.lastHeader(name);
        if (last == null || last.value() == null) {
            return Optional.empty();
        }
        return Optional.of(new String(last.value(), StandardCharsets.UTF_8));
    }

    /** Checks that the source is a non-blank URI-reference such as {@code /paybridge/checkout-service}. */
    static String requireSource(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("CloudEvents source must be a non-blank URI-reference");
        }
        try {
            new URI(source);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("CloudEvents source is not a URI-reference: " + e.getReason(), e);
        }
        return source;
    }

    private static String eventId(SpecificRecord record) {
        if (field(record, "eventId") instanceof CharSequence id) {
            return id.toString();
        }
        throw missing(record, "eventId");
    }

    private static Instant occurredAt(SpecificRecord record) {
        Object value = field(record, "occurredAt");
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Long micros) {
            long seconds = Math.floorDiv(micros, TimeUnit.SECONDS.toMicros(1));
            long nanos = TimeUnit.MICROSECONDS.toNanos(Math.floorMod(micros, TimeUnit.SECONDS.toMicros(1)));
            return Instant.ofEpochSecond(seconds, nanos);
        }
        throw missing(record, "occurredAt");
    }

    private static Object field(SpecificRecord record, String name) {
        Schema.Field field = record.getSchema().getField(name);
        return field == null ? null : record.get(field.pos());
    }

    private static IllegalArgumentException missing(SpecificRecord record, String name) {
        return new IllegalArgumentException(
                record.getSchema().getFullName() + " has no " + name + " value for the CloudEvents headers");
    }
}
