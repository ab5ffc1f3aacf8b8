package io.paybridge.checkout.charge.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paybridge.checkout.charge.domain.ChargeStatus;
import io.paybridge.checkout.charge.persistence.Charge;
import io.paybridge.checkout.fixture.CheckoutDatabase;
import io.paybridge.checkout.fixture.DeadLetters;
import io.paybridge.checkout.fixture.Events;
import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.CancelCharge;
import io.paybridge.contracts.payments.v1.ChargeMandate;
import io.paybridge.contracts.payments.v1.ChargeRejected;
import io.paybridge.contracts.serde.PaybridgeAvroSerializer;
import io.paybridge.testkit.kafka.EmbeddedKafka;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * ChargeMandate on payments.commands.v1, once per commandId, on a real broker and database. The PSP is unreachable
 * in these tests, so the command here names an account without an ACTIVE mandate: recorded REJECTED without a PSP call.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class ChargeCommandConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CheckoutDatabase database;

    static ChargeMandate command(String commandId, String reference) {
        return ChargeMandate.newBuilder().setEventId(UUID.randomUUID().toString())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS)).setPaymentReference(reference)
                .setCorrelationId(UUID.randomUUID().toString()).setCommandId(commandId).setAccountId("9999999999")
                .setEndUserId("user-" + commandId).setAmount(2500L).setCurrency("SEK").build();
    }

    @Test
    void aCommandForAnAccountWithoutActiveMandateIsARejectedChargeAndAResentCommandChangesNothing() throws Exception {
        String commandId = UUID.randomUUID().toString();
        String reference = "chg_cmd_" + commandId.substring(0, 8);

        publish(command(commandId, reference), command(commandId, reference));

        await().atMost(WAIT).until(() -> database.charge(reference) != null);
        ChargeRejected event = (ChargeRejected) Events.of(reference, 1).get(0);
        // a later, different command proves the first two were both consumed before we count
        String later = UUID.randomUUID().toString();
        publish(command(later, "chg_cmd_" + later.substring(0, 8)));
        await().atMost(WAIT).until(() -> database.chargesOfCommand(later) == 1);
        Charge charge = database.charge(reference);
        assertThat(database.chargesOfCommand(commandId)).isEqualTo(1);
        assertThat(charge.status).isEqualTo(ChargeStatus.REJECTED);
        assertThat(charge.rejectionReason).isEqualTo("MANDATE_NOT_ACTIVE");
        assertThat(charge.amountMinor).isEqualTo(2500L);
        assertThat(event.getRejectionCode()).isEqualTo("MANDATE_NOT_ACTIVE");
        assertThat(Events.of(reference, 1)).hasSize(1);
    }

    @Test
    void aCancelChargeForNoSuchChargeGoesToTheDeadLetterTopicWithItsReason() throws Exception {
        String commandId = UUID.randomUUID().toString();
        String reference = "chg_none_" + commandId.substring(0, 8);
        publish(CancelCharge.newBuilder().setEventId(UUID.randomUUID().toString())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS)).setPaymentReference(reference)
                .setCorrelationId(UUID.randomUUID().toString()).setCommandId(commandId).build());

        List<ConsumerRecord<String, byte[]>> deadLettered = DeadLetters.of(Topics.COMMANDS, reference, WAIT);
        assertThat(deadLettered).hasSize(1);
        assertThat(new String(deadLettered.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains(reference);
        assertThat(database.charge(reference)).isNull();
    }

    private static void publish(SpecificRecord... commands) throws Exception {
        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.shared().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, PaybridgeAvroSerializer.class,
                PaybridgeAvroSerializer.SOURCE_CONFIG, "/paybridge/test"))) {
            for (SpecificRecord command : commands) {
                String key = command instanceof ChargeMandate charge ? charge.getPaymentReference()
                        : ((CancelCharge) command).getPaymentReference();
                producer.send(new ProducerRecord<>(Topics.COMMANDS.name(), key, command))
                        .get(20, TimeUnit.SECONDS);
            }
        }
    }
}
