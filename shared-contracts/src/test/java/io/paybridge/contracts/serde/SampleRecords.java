package io.paybridge.contracts.serde;

import io.paybridge.contracts.TopicSpec;
import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.DepositCredited;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/** Sample records of every catalog type, every field filled from its schema (optional ones present or absent). */
final class SampleRecords {

    static final String EVENT_ID = "5f0c1f7e-3c1b-4b7e-9f3a-2d7c2b8e4a10";
    static final Instant OCCURRED_AT = Instant.parse("2025-03-14T09:26:53.589793Z");

    private SampleRecords() {}

    /** Every record type the topic catalog carries. */
    static List<Class<? extends SpecificRecord>> catalogTypes() {
        return Topics.all().stream().map(TopicSpec::valueTypes).flatMap(Collection::stream).toList();
    }

    /** A record of the type with every field, optional ones included, set to a sample value. */
    static SpecificRecord full(Class<? extends SpecificRecord> type) {
        return sample(type, true);
    }

    /** A record of the type with every optional field null. */
    static SpecificRecord minimal(Class<? extends SpecificRecord> type) {
        return sample(type, false);
    }

    /** A deposit credit with named values. */
    static DepositCredited depositCredited() {
        return DepositCredited.newBuilder()
                .setEventId(EVENT_ID)
                .setOccurredAt(OCCURRED_AT)
                .setPaymentReference("pay-1001")
                .setCorrelationId("corr-1001")
                .setPspOrderId("1436738437")
                .setNotificationId("2043716342")
                .setAmount(10_050L)
                .setCurrency("SEK")
                .setPspTimestamp(Instant.parse("2025-03-14T09:26:50.123456Z"))
                .build();
    }

    private static SpecificRecord sample(Class<? extends SpecificRecord> type, boolean optionals) {
        SpecificData model = SpecificData.getForClass(type);
        return (SpecificRecord) value(model, model.getSchema(type), "record", optionals);
    }

    private static Object value(SpecificData model, Schema schema, String field, boolean optionals) {
        if (schema.getLogicalType() instanceof LogicalTypes.TimestampMicros) {
            return field.equals("occurredAt") ? OCCURRED_AT : Instant.parse("2025-03-14T09:00:00.000001Z");
        }
        if (schema.getLogicalType() instanceof LogicalTypes.Date) {
            return LocalDate.of(2025, 3, 17);
        }
        return switch (schema.getType()) {
            case RECORD -> record(model, schema, optionals);
            case UNION -> optionals ? value(model, schema.getTypes().get(1), field, true) : null;
            case ENUM -> model.createEnum(schema.getEnumSymbols().get(0), schema);
            case ARRAY -> List.of(value(model, schema.getElementType(), field, optionals));
            case STRING -> string(field);
            case LONG -> 10_000L + field.length();
            case INT -> field.length();
            case BOOLEAN -> true;
            default -> throw new IllegalArgumentException("No sample for " + schema.getType() + " field " + field);
        };
    }

    private static IndexedRecord record(SpecificData model, Schema schema, boolean optionals) {
        IndexedRecord record = (IndexedRecord) model.newRecord(null, schema);
        for (Schema.Field field : schema.getFields()) {
            record.put(field.pos(), value(model, field.schema(), field.name(), optionals));
        }
        return record;
    }

    private static String string(String field) {
        return switch (field) {
            case "eventId" -> EVENT_ID;
            case "currency", "expectedCurrency", "actualCurrency" -> "EUR";
            default -> "sample-" + field;
        };
    }
}
