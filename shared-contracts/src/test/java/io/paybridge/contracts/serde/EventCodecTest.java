package io.paybridge.contracts.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paybridge.contracts.payments.v1.DepositCredited;
import io.paybridge.contracts.payments.v1.NotificationAccount;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCodecTest {

    private final EventCodec codec = EventCodec.shared();

    static Stream<Class<? extends SpecificRecord>> catalogTypes() {
        return SampleRecords.catalogTypes().stream();
    }

    @ParameterizedTest
    @MethodSource("catalogTypes")
    void roundTripsEveryRecordTypeWithOptionalFieldsPresent(Class<? extends SpecificRecord> type) {
        SpecificRecord record = SampleRecords.full(type);

        assertThat(codec.decode(codec.encode(record))).isEqualTo(record);
    }

    @ParameterizedTest
    @MethodSource("catalogTypes")
    void roundTripsEveryRecordTypeWithOptionalFieldsAbsent(Class<? extends SpecificRecord> type) {
        SpecificRecord record = SampleRecords.minimal(type);

        assertThat(codec.decode(codec.encode(record))).isEqualTo(record);
    }

    @Test
    void writesTheSingleObjectHeaderThenThePlainBinaryBody() throws IOException {
        DepositCredited record = SampleRecords.depositCredited();

        byte[] bytes = codec.encode(record);

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong())
                .isEqualTo(SchemaNormalization.parsingFingerprint64(DepositCredited.getClassSchema()));
        assertThat(Arrays.copyOfRange(bytes, 10, bytes.length)).isEqualTo(binaryBody(record));
    }

    @Test
    void findsEveryCurrentSchemaAmongThePublishedWriterSchemas() {
        for (Class<? extends SpecificRecord> type : SampleRecords.catalogTypes()) {
            long fingerprint = SchemaNormalization.parsingFingerprint64(SampleRecords.full(type).getSchema());
            assertThat(codec.writerSchema(fingerprint).map(SchemaNormalization::parsingFingerprint64))
                    .contains(fingerprint);
        }
        assertThat(codec.writerSchema(0x0123456789abcdefL)).isEmpty();
    }

    @Test
    void rejectsAnUnknownFingerprintNamingItInHex() {
        byte[] bytes = codec.encode(SampleRecords.depositCredited());
        ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(0x0123456789abcdefL);

        assertThatThrownBy(() -> codec.decode(bytes))
                .isInstanceOf(UnknownSchemaException.class)
                .hasMessage("Unknown Avro schema fingerprint 0123456789abcdef: not a published schema of this"
                        + " contracts jar; deploy a newer shared-contracts jar");
    }

    @Test
    void rejectsBytesThatAreNotSingleObjectEncoded() {
        assertThatThrownBy(() -> codec.decode(new byte[] {0x7b, 0x22, 0x61, 0x22, 0x3a, 0x31, 0x7d, 0, 0, 0, 0}))
                .isInstanceOf(UnknownSchemaException.class)
                .hasMessage("Not Avro single-object encoding: 11 bytes without the C3 01 marker and 8-byte schema"
                        + " fingerprint");
        assertThatThrownBy(() -> codec.decode(new byte[] {(byte) 0xC3, 0x01, 0x12}))
                .isInstanceOf(UnknownSchemaException.class);
    }

    @Test
    void everyTruncationFailsAsSerializationException() {
        for (Class<? extends SpecificRecord> type : SampleRecords.catalogTypes()) {
            byte[] bytes = codec.encode(SampleRecords.full(type));
            for (int length = 0; length < bytes.length; length++) {
                byte[] truncated = Arrays.copyOf(bytes, length);
                assertThatThrownBy(() -> codec.decode(truncated))
                        .as("%s truncated to %d bytes", type.getSimpleName(), length)
                        .isInstanceOf(SerializationException.class);
            }
        }
    }

    @Test
    void trailingBytesFailAsSerializationException() {
        byte[] bytes = codec.encode(SampleRecords.depositCredited());

        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(bytes, bytes.length + 3)))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("3 trailing bytes after io.paybridge.contracts.payments.v1.DepositCredited");
    }

    @Test
    void corruptBodiesDecodeOrFailAsSerializationExceptionNeverAnotherType() {
        Random random = new Random(20250314L);
        List<Class<? extends SpecificRecord>> types = SampleRecords.catalogTypes();
        for (int round = 0; round < 5_000; round++) {
            byte[] bytes = codec.encode(SampleRecords.full(types.get(random.nextInt(types.size()))));
            int flips = 1 + random.nextInt(4);
            for (int flip = 0; flip < flips; flip++) {
                bytes[10 + random.nextInt(bytes.length - 10)] = (byte) random.nextInt(256);
            }
            try {
                codec.decode(bytes);
            } catch (RuntimeException e) {
                assertThat(e).as("round %d", round).isInstanceOf(SerializationException.class);
            }
        }
    }

    @Test
    void aHugeDeclaredStringLengthFailsAsSerializationException() {
        byte[] header = Arrays.copyOf(codec.encode(SampleRecords.depositCredited()), 10);
        byte[] maxIntLength = {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F};
        byte[] bytes = Arrays.copyOf(header, header.length + maxIntLength.length);
        System.arraycopy(maxIntLength, 0, bytes, header.length, maxIntLength.length);

        assertThatThrownBy(() -> codec.decode(bytes)).isInstanceOf(SerializationException.class);
    }

    @Test
    void decodesAnOlderPublishedVersionIntoTheCurrentClass() throws IOException {
        Schema older = fixture("compatible/DepositCredited-without-psp-timestamp.avsc");
        EventCodec withHistory = new EventCodec(
                List.of(DepositCredited.class),
                new PublishedSchemas(List.of(DepositCredited.getClassSchema(), older)));
        DepositCredited current = SampleRecords.depositCredited();
        GenericRecord written = new GenericRecordBuilder(older)
                .set("eventId", current.getEventId())
                .set("occurredAt", 1_741_944_413_589_793L)
                .set("paymentReference", current.getPaymentReference())
                .set("correlationId", current.getCorrelationId())
                .set("pspOrderId", current.getPspOrderId())
                .set("notificationId", current.getNotificationId())
                .set("amount", current.getAmount())
                .set("currency", current.getCurrency())
                .build();
        ByteBuffer bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(written);

        assertThat(withHistory.decode(bytes.array()))
                .isEqualTo(DepositCredited.newBuilder(current).setPspTimestamp(null).build());
    }

    @Test
    void refusesToStartWhenACurrentSchemaIsNotPublished() {
        assertThatThrownBy(() -> new EventCodec(List.of(DepositCredited.class), new PublishedSchemas(List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io.paybridge.contracts.payments.v1.DepositCredited is not published");
    }

    @Test
    void refusesToEncodeATypeOutsideTheCatalog() {
        NotificationAccount nested = NotificationAccount.newBuilder().setAccountId("1").setVerified(true).build();

        assertThatThrownBy(() -> codec.encode(nested))
                .isInstanceOf(SerializationException.class)
                .hasMessage(NotificationAccount.class.getName()
                        + " is not a record type of the shared-contracts topic catalog");
    }

    @Test
    void anIncompleteRecordFailsAsSerializationException() {
        DepositCredited incomplete = new DepositCredited();

        assertThatThrownBy(() -> codec.encode(incomplete))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Cannot encode io.paybridge.contracts.payments.v1.DepositCredited");
    }

    private static byte[] binaryBody(DepositCredited record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<DepositCredited>(DepositCredited.getClassSchema()).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static Schema fixture(String path) throws IOException {
        try (InputStream in = EventCodecTest.class.getResourceAsStream("/schemas/" + path)) {
            return new Schema.Parser().parse(in);
        }
    }
}
