package io.paybridge.contracts.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.DepositCredited;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class PaybridgeAvroSerializerTest {

    private static final String SOURCE = "/paybridge/checkout-service";

    @Test
    void writesTheCodecBytesAndReplacesTheCloudEventsHeaders() {
        PaybridgeAvroSerializer serializer = configured();
        DepositCredited record = SampleRecords.depositCredited();
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", "stale".getBytes(StandardCharsets.UTF_8));
        headers.add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".getBytes(StandardCharsets.UTF_8));

        byte[] value = serializer.serialize(Topics.EVENTS.name(), headers, record);

        assertThat(value).isEqualTo(EventCodec.shared().encode(record));
        assertThat(Arrays.stream(headers.toArray()).map(PaybridgeAvroSerializerTest::text)).containsExactly(
                "traceparent=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "ce_id=5f0c1f7e-3c1b-4b7e-9f3a-2d7c2b8e4a10",
                "ce_type=io.paybridge.contracts.payments.v1.DepositCredited",
                "ce_source=/paybridge/checkout-service",
                "ce_time=2025-03-14T09:26:53.589793Z",
                "ce_specversion=1.0",
                "content-type=application/avro");
    }

    @Test
    void rejectsARecordTypeTheTopicDoesNotCarry() {
        PaybridgeAvroSerializer serializer = configured();
        RecordHeaders headers = new RecordHeaders();

        assertThatThrownBy(() -> serializer.serialize(Topics.COMMANDS.name(), headers, SampleRecords.depositCredited()))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Topic payments.commands.v1 does not carry io.paybridge.contracts.payments.v1.DepositCredited");
        assertThat(headers.toArray()).isEmpty();
    }

    @Test
    void writesAnyCatalogRecordToATopicOutsideTheCatalog() {
        PaybridgeAvroSerializer serializer = configured();
        DepositCredited record = SampleRecords.depositCredited();

        assertThat(serializer.serialize("payments.events.v1.replay", new RecordHeaders(), record))
                .isEqualTo(EventCodec.shared().encode(record));
    }

    @Test
    void passesTombstonesThrough() {
        assertThat(configured().serialize(Topics.EVENTS.name(), new RecordHeaders(), null)).isNull();
    }

    @Test
    void requiresTheCloudEventsSourceConfiguration() {
        PaybridgeAvroSerializer serializer = new PaybridgeAvroSerializer();

        assertThatThrownBy(() -> serializer.configure(Map.of(), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("paybridge.cloudevents.source");
        assertThatThrownBy(() -> serializer.configure(Map.of(PaybridgeAvroSerializer.SOURCE_CONFIG, ""), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("paybridge.cloudevents.source");
    }

    @Test
    void refusesToSerializeBeforeItIsConfigured() {
        PaybridgeAvroSerializer serializer = new PaybridgeAvroSerializer();

        assertThatThrownBy(() -> serializer.serialize(Topics.EVENTS.name(), new RecordHeaders(), SampleRecords.depositCredited()))
                .isInstanceOf(SerializationException.class)
                .hasMessage("PaybridgeAvroSerializer is not configured: set paybridge.cloudevents.source");
    }

    @Test
    void roundTripsThroughTheDeserializer() {
        DepositCredited record = SampleRecords.depositCredited();
        RecordHeaders headers = new RecordHeaders();

        try (PaybridgeAvroDeserializer deserializer = new PaybridgeAvroDeserializer()) {
            byte[] value = configured().serialize(Topics.EVENTS.name(), headers, record);

            assertThat(deserializer.deserialize(Topics.EVENTS.name(), headers, value)).isEqualTo(record);
            assertThat(deserializer.deserialize(Topics.EVENTS.name(), headers, (byte[]) null)).isNull();
        }
    }

    @Test
    void deserializingGarbageFailsAsSerializationException() {
        try (PaybridgeAvroDeserializer deserializer = new PaybridgeAvroDeserializer()) {
            for (byte[] garbage : List.of(new byte[0], "{\"amount\":1}".getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 9})) {
                assertThatThrownBy(() -> deserializer.deserialize(Topics.EVENTS.name(), garbage))
                        .isInstanceOf(SerializationException.class);
            }
        }
    }

    private static PaybridgeAvroSerializer configured() {
        PaybridgeAvroSerializer serializer = new PaybridgeAvroSerializer();
        serializer.configure(Map.of(PaybridgeAvroSerializer.SOURCE_CONFIG, SOURCE), false);
        return serializer;
    }

    private static String text(Header header) {
        return header.key() + "=" + new String(header.value(), StandardCharsets.UTF_8);
    }
}
