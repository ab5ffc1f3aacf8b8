package io.paybridge.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.payments.v1.DepositCredited;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.junit.jupiter.api.Test;

class CompatibilityCheckTest {

    private static final Instant OCCURRED_AT = Instant.parse("2025-03-14T09:26:53.589793Z");
    private static final Instant PSP_TIMESTAMP = Instant.parse("2025-03-14T09:26:50.123456Z");

    @Test
    void aRequiredFieldAddedWithoutDefaultIsIncompatible() throws IOException {
        CompatibilityCheck.Result result = CompatibilityCheck.bothWays(
                fixture("incompatible/DepositCredited-required-field-added.avsc"), DepositCredited.getClassSchema());

        assertThat(result.type()).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
        assertThat(result.incompatibilities())
                .singleElement()
                .asString()
                .startsWith("reader current / writer published: READER_FIELD_MISSING_DEFAULT_VALUE")
                .contains("settlementId");
    }

    @Test
    void aChangedFieldTypeIsIncompatible() throws IOException {
        CompatibilityCheck.Result result = CompatibilityCheck.bothWays(
                fixture("incompatible/DepositCredited-amount-type-changed.avsc"), DepositCredited.getClassSchema());

        assertThat(result.type()).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
        assertThat(result.incompatibilities()).containsExactly(
                "reader current / writer published: TYPE_MISMATCH at /fields/6/type:"
                        + " reader type: STRING not compatible with writer type: LONG",
                "reader published / writer current: TYPE_MISMATCH at /fields/6/type:"
                        + " reader type: LONG not compatible with writer type: STRING");
    }

    @Test
    void anOptionalFieldAddedWithDefaultIsCompatible() throws IOException {
        CompatibilityCheck.Result result = CompatibilityCheck.bothWays(
                fixture("compatible/DepositCredited-optional-field-added.avsc"), DepositCredited.getClassSchema());

        assertThat(result).isEqualTo(new CompatibilityCheck.Result(SchemaCompatibilityType.COMPATIBLE, List.of()));
    }

    @Test
    void aRecordWrittenWithTheNewerSchemaDecodesIntoTheCurrentClass() throws IOException {
        Schema newer = fixture("compatible/DepositCredited-optional-field-added.avsc");
        GenericRecord written = common(new GenericRecordBuilder(newer))
                .set("pspTimestamp", micros(PSP_TIMESTAMP))
                .set("settlementBatchId", "batch-7")
                .build();

        DepositCredited decoded = decodeAsCurrent(newer, written);

        assertThat(decoded).isEqualTo(expected().setPspTimestamp(PSP_TIMESTAMP).build());
    }

    @Test
    void aRecordWrittenWithTheOlderSchemaDecodesIntoTheCurrentClass() throws IOException {
        Schema older = fixture("compatible/DepositCredited-without-psp-timestamp.avsc");
        GenericRecord written = common(new GenericRecordBuilder(older)).build();

        DepositCredited decoded = decodeAsCurrent(older, written);

        assertThat(decoded).isEqualTo(expected().setPspTimestamp(null).build());
    }

    private static DepositCredited decodeAsCurrent(Schema writer, GenericRecord written) throws IOException {
        ByteBuffer bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), writer).encode(written);
        SchemaStore.Cache store = new SchemaStore.Cache();
        store.addSchema(writer);
        return DepositCredited.createDecoder(store).decode(bytes);
    }

    private static GenericRecordBuilder common(GenericRecordBuilder builder) {
        return builder.set("eventId", "5f0c1f7e-3c1b-4b7e-9f3a-2d7c2b8e4a10")
                .set("occurredAt", micros(OCCURRED_AT))
                .set("paymentReference", "pay-1001")
                .set("correlationId", "corr-1001")
                .set("pspOrderId", "1436738437")
                .set("notificationId", "2043716342")
                .set("amount", 10_050L)
                .set("currency", "SEK");
    }

    private static DepositCredited.Builder expected() {
        return DepositCredited.newBuilder()
                .setEventId("5f0c1f7e-3c1b-4b7e-9f3a-2d7c2b8e4a10")
                .setOccurredAt(OCCURRED_AT)
                .setPaymentReference("pay-1001")
                .setCorrelationId("corr-1001")
                .setPspOrderId("1436738437")
                .setNotificationId("2043716342")
                .setAmount(10_050L)
                .setCurrency("SEK");
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000L;
    }

    private static Schema fixture(String path) throws IOException {
        try (InputStream in = CompatibilityCheckTest.class.getResourceAsStream("/schemas/" + path)) {
            return new Schema.Parser().parse(in);
        }
    }
}
