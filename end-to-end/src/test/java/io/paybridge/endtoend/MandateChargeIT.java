package io.paybridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.ChargeCredited;
import io.paybridge.contracts.payments.v1.ChargeMandate;
import io.paybridge.contracts.payments.v1.ChargeRejected;
import io.paybridge.contracts.payments.v1.ChargeRequested;
import io.paybridge.contracts.payments.v1.MandateActivated;
import io.paybridge.contracts.payments.v1.MandateRequested;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.contracts.serde.PaybridgeAvroSerializer;
import io.paybridge.endtoend.LocalStack.Result;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.testkit.stack.SandboxAdmin;
import io.paybridge.testkit.stack.StackSettings;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mandates and charges end to end on the local stack: checkout-service calls SelectAccount with
 * {@code RequestDirectDebitMandate=1}, Charge and CancelCharge at psp-sandbox, the sandbox's account, pending,
 * credit and cancel notifications go through notification-ingest-service and Kafka to checkout's state machines,
 * and the mandates' and charges' events reach {@code payments.events.v1}. Each scenario has its own end user, so
 * its own bank account at the sandbox.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MandateChargeIT {

    /**
     * The sandbox activates a mandate 5 s after it is sent for approval and collects a charge without PaymentDate
     * 10 s after the Charge, looking every 5 s; a minute and a half leaves room for a loaded machine.
     */
    private static final Duration SETTLING = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = ServiceApi.JSON;
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** The consumer group of checkout's ChargeMandate consumer (application.properties). */
    private static final String COMMAND_GROUP = "checkout-service-charge-commands";
    /** The processed-message log name of checkout's notification consumer (PspNotificationConsumer.CONSUMER). */
    private static final String NOTIFICATION_CONSUMER = "checkout-deposit-notifications";

    private LocalStack stack;
    private StackSettings settings;
    private SandboxAdmin sandbox;
    private ServiceApi api;

    @BeforeAll
    void up(@TempDir Path state) throws Exception {
        stack = new LocalStack(state);
        Result up = stack.run("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        settings = stack.settings();
        sandbox = new SandboxAdmin(settings.sandboxUrl());
        api = ServiceApi.checkout(stack);
    }

    @AfterAll
    void down() throws Exception {
        stack.run("down");
    }

    @Test
    void aMandateApprovedInTheSandboxBecomesActiveWithTheAccountAndItsEvents() throws Exception {
        HttpResponse<String> response = api.post("/v1/mandates", UUID.randomUUID().toString(), mandate(newEndUser()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = JSON.readTree(response.body());
        String mandateId = created.path("mandateId").asText();
        assertThat(response.headers().firstValue("Location")).hasValue(api.url().resolve("/v1/mandates/" + mandateId).toString());
        assertThat(created.path("status").asText()).isEqualTo("REQUESTED");
        assertThat(created.path("url").asText()).startsWith(settings.sandboxUrl().toString());

        sandbox.approve(created.path("pspOrderId").asText(), "normal");

        JsonNode active = api.awaitStatus("/v1/mandates/" + mandateId, "ACTIVE", SETTLING);
        assertThat(active.path("status").asText()).as(active.toString()).isEqualTo("ACTIVE");
        String lastDigits = active.path("lastDigits").asText();
        assertThat(active.path("accountId").asText()).isNotBlank();
        assertThat(active.path("bank").asText()).as("the end user's country SE makes SEB the sandbox's bank").isEqualTo("SEB");
        assertThat(lastDigits).matches("\\d{6}");
        assertThat(active.path("descriptor").asText()).isEqualTo("**** *" + lastDigits);

        List<SpecificRecord> events = api.events(mandateId, 2);
        assertThat(events).extracting(event -> event.getSchema().getName())
                .containsExactly("MandateRequested", "MandateActivated");
        assertThat(((MandateRequested) events.get(0)).getPspOrderId()).isEqualTo(created.path("pspOrderId").asText());
        MandateActivated activated = (MandateActivated) events.get(1);
        assertThat(List.of(activated.getAccountId(), activated.getBank(), activated.getLastDigits(), activated.getCorrelationId()))
                .containsExactly(active.path("accountId").asText(), "SEB", lastDigits, created.path("correlationId").asText());
    }

    @Test
    void aMandateTheBankDoesNotApproveBecomesInactiveAndIsRevoked() throws Exception {
        JsonNode created = createMandate(newEndUser());
        String mandateId = created.path("mandateId").asText();

        sandbox.approve(created.path("pspOrderId").asText(), "mandate-rejected");

        assertThat(api.awaitStatus("/v1/mandates/" + mandateId, "INACTIVE", SETTLING).path("status").asText()).isEqualTo("INACTIVE");
        assertThat(api.events(mandateId, 2)).extracting(event -> event.getSchema().getName())
                .containsExactly("MandateRequested", "MandateRevoked");
    }

    @Test
    void aChargeOfAnActiveMandateIsCollectedAndCredited() throws Exception {
        JsonNode mandate = activeMandate(newEndUser());
        HttpResponse<String> response = api.post("/v1/charges", UUID.randomUUID().toString(),
                charge(mandate.path("mandateId").asText(), "25.00", null));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = JSON.readTree(response.body());
        String chargeId = created.path("chargeId").asText();
        assertThat(response.headers().firstValue("Location")).hasValue(api.url().resolve("/v1/charges/" + chargeId).toString());
        // the sandbox sends pending at once: it may have been applied in the transaction that stored the charge
        assertThat(created.path("status").asText()).isIn("REQUESTED", "PENDING");
        assertThat(created.path("pspOrderId").asText()).isNotBlank();

        JsonNode credited = api.awaitStatus("/v1/charges/" + chargeId, "CREDITED", SETTLING);
        assertThat(credited.path("status").asText()).as(credited.toString()).isEqualTo("CREDITED");
        List<SpecificRecord> events = api.events(chargeId, 3);
        assertThat(events).extracting(event -> event.getSchema().getName())
                .containsExactly("ChargeRequested", "ChargePending", "ChargeCredited");
        ChargeRequested requested = (ChargeRequested) events.get(0);
        assertThat(List.of(requested.getAccountId(), requested.getAmount(), requested.getCurrency()))
                .containsExactly(mandate.path("accountId").asText(), 2500L, "SEK");
        ChargeCredited collected = (ChargeCredited) events.get(2);
        assertThat(List.of(collected.getAmount(), collected.getCurrency(), collected.getPspOrderId()))
                .containsExactly(2500L, "SEK", created.path("pspOrderId").asText());
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstChargeAndADifferentBodyIsRefused() throws Exception {
        String mandateId = activeMandate(newEndUser()).path("mandateId").asText();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = api.post("/v1/charges", key, charge(mandateId, "5.00", null));
        HttpResponse<String> replay = api.post("/v1/charges", key, charge(mandateId, "5.00", null));
        HttpResponse<String> other = api.post("/v1/charges", key, charge(mandateId, "6.00", null));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
        assertThat(JSON.readTree(other.body()).path("type").asText()).endsWith("idempotency-key-reused");
        assertThat(chargesOfMandate(mandateId)).as("charges of the mandate").isOne();
    }

    /**
     * The sandbox refuses a Charge ({@code result "0"}) only for an unknown account or one without an active mandate;
     * its scenarios never revoke a mandate once active, so the test revokes it in the sandbox's table, as the end
     * user's bank would without Trustly having told the merchant yet.
     */
    @Test
    void aChargeTheSandboxRejectsIsRejectedWithItsReason() throws Exception {
        JsonNode mandate = activeMandate(newEndUser());
        revokeAtTheBank(mandate.path("accountId").asText());

        HttpResponse<String> response = api.post("/v1/charges", UUID.randomUUID().toString(),
                charge(mandate.path("mandateId").asText(), "9.00", null));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode rejected = JSON.readTree(response.body());
        String chargeId = rejected.path("chargeId").asText();
        assertThat(List.of(rejected.path("status").asText(), rejected.path("rejectionReason").asText()))
                .containsExactly("REJECTED", "ERROR_MANDATE_NOT_FOUND");
        assertThat(rejected.path("pspOrderId").isNull()).as(rejected.toString()).isTrue();
        assertThat(api.get("/v1/charges/" + chargeId).path("status").asText()).isEqualTo("REJECTED");
        List<SpecificRecord> events = api.events(chargeId, 1);
        assertThat(events).extracting(event -> event.getSchema().getName()).containsExactly("ChargeRejected");
        assertThat(((ChargeRejected) events.get(0)).getRejectionCode()).isEqualTo("ERROR_MANDATE_NOT_FOUND");
    }

    @Test
    void aChargeMandateCommandChargesTheAccountOnceForItsCommandId() throws Exception {
        String endUser = newEndUser();
        JsonNode mandate = activeMandate(endUser);
        String chargeId = "chg_cmd_" + UUID.randomUUID().toString().replace("-", "");
        ChargeMandate command = ChargeMandate.newBuilder().setEventId(UUID.randomUUID().toString())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS)).setPaymentReference(chargeId)
                .setCorrelationId(UUID.randomUUID().toString()).setCommandId(UUID.randomUUID().toString())
                .setAccountId(mandate.path("accountId").asText()).setEndUserId(endUser).setAmount(4200).setCurrency("SEK")
                .build();

        publish(command);
        JsonNode credited = api.awaitStatus("/v1/charges/" + chargeId, "CREDITED", SETTLING);
        assertThat(List.of(credited.path("status").asText(), credited.path("mandateId").asText(), credited.path("amount").asText()))
                .containsExactly("CREDITED", mandate.path("mandateId").asText(), "42.00");
        assertThat(api.events(chargeId, 3)).extracting(event -> event.getSchema().getName())
                .containsExactly("ChargeRequested", "ChargePending", "ChargeCredited");

        // sent again, as a producer retrying after a lost acknowledgement would: a new event id, the same command id
        RecordMetadata again = publish(ChargeMandate.newBuilder(command).setEventId(UUID.randomUUID().toString()).build());
        awaitConsumed(again);

        assertThat(chargesOfCommand(command.getCommandId())).as("checkout's charges of the command").isOne();
        assertThat(sandboxOrdersOfMessageId(messageIdOf(chargeId))).as("Charge orders at the sandbox").isOne();
        assertThat(api.get("/v1/charges/" + chargeId).path("status").asText()).isEqualTo("CREDITED");
    }

    @Test
    void aChargeForALaterDayIsCancelledBeforeTheDeadline() throws Exception {
        String mandateId = activeMandate(newEndUser()).path("mandateId").asText();
        LocalDate paymentDate = LocalDate.now(STOCKHOLM).plusDays(3);
        HttpResponse<String> response = api.post("/v1/charges", UUID.randomUUID().toString(),
                charge(mandateId, "15.00", paymentDate));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String chargeId = JSON.readTree(response.body()).path("chargeId").asText();
        assertThat(api.awaitStatus("/v1/charges/" + chargeId, "PENDING", SETTLING).path("status").asText()).isEqualTo("PENDING");

        HttpResponse<String> cancelled = api.post("/v1/charges/" + chargeId + "/cancel", UUID.randomUUID().toString(), null);

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(JSON.readTree(cancelled.body()).path("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.get("/v1/charges/" + chargeId).path("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.events(chargeId, 3)).extracting(event -> event.getSchema().getName())
                .containsExactly("ChargeRequested", "ChargePending", "ChargeCancelled");
        // the sandbox's cancel notification, once checkout has consumed it, leaves the charge as CancelCharge's answer did
        awaitApplied(awaitCancelNotification(JSON.readTree(response.body()).path("pspOrderId").asText()));
        assertThat(api.get("/v1/charges/" + chargeId).path("status").asText()).isEqualTo("CANCELLED");
    }

    private static String newEndUser() {
        return "e2e-mandate-" + UUID.randomUUID();
    }

    private static String mandate(String endUserId) {
        return """
                {"endUser":{"id":"%s","firstName":"Åsa","lastName":"Testsson","email":"asa@example.com",
                            "country":"SE","locale":"sv_SE"},
                 "successUrl":"https://merchant.example/ok","failUrl":"https://merchant.example/fail"}"""
                .formatted(endUserId);
    }

    private static String charge(String mandateId, String amount, LocalDate paymentDate) {
        return """
                {"mandateId":"%s","amount":"%s","currency":"SEK"%s}""".formatted(mandateId, amount,
                paymentDate == null ? "" : ",\"paymentDate\":\"" + paymentDate + "\"");
    }

    private JsonNode createMandate(String endUserId) throws Exception {
        HttpResponse<String> response = api.post("/v1/mandates", UUID.randomUUID().toString(), mandate(endUserId));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    /** A mandate of {@code endUserId} approved in the sandbox's {@code normal} scenario and ACTIVE at checkout. */
    private JsonNode activeMandate(String endUserId) throws Exception {
        JsonNode created = createMandate(endUserId);
        sandbox.approve(created.path("pspOrderId").asText(), "normal");
        JsonNode active = api.awaitStatus("/v1/mandates/" + created.path("mandateId").asText(), "ACTIVE", SETTLING);
        assertThat(active.path("status").asText()).as(active.toString()).isEqualTo("ACTIVE");
        return active;
    }

    /** The event id of the {@code cancel} notification of PSP order {@code orderId} as the ingest published it. */
    private String awaitCancelNotification(String orderId) {
        try (TopicReader reader = new TopicReader(Topics.NOTIFICATIONS, settings.kafkaBootstrapServers())) {
            List<ConsumerRecord<String, SpecificRecord>> cancels = reader.await(record -> orderId.equals(record.key())
                    && ((PspNotification) record.value()).getKind() == NotificationKind.CANCEL, 1, SETTLING);
            assertThat(cancels).as("cancel notifications of order %s on %s", orderId, Topics.NOTIFICATIONS.name()).hasSize(1);
            return ((PspNotification) cancels.get(0).value()).getEventId();
        }
    }

    /** Waits until checkout's notification consumer has logged {@code eventId} as processed (with its effect, if any). */
    private void awaitApplied(String eventId) throws Exception {
        long deadline = System.nanoTime() + SETTLING.toNanos();
        while (count("SELECT count(*) FROM checkout.processed_message WHERE consumer = '" + NOTIFICATION_CONSUMER
                + "' AND message_id = ?", eventId) == 0) {
            assertThat(System.nanoTime()).as("checkout consumes notification %s within %d s", eventId, SETTLING.toSeconds())
                    .isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private RecordMetadata publish(ChargeMandate command) throws Exception {
        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, PaybridgeAvroSerializer.class,
                PaybridgeAvroSerializer.SOURCE_CONFIG, "/paybridge/end-to-end"))) {
            return producer.send(new ProducerRecord<>(Topics.COMMANDS.name(), command.getPaymentReference(), command))
                    .get(30, TimeUnit.SECONDS);
        }
    }

    /** Waits until checkout's command consumer has committed past {@code written}: it was handled and acknowledged. */
    private void awaitConsumed(RecordMetadata written) throws Exception {
        TopicPartition partition = new TopicPartition(written.topic(), written.partition());
        long deadline = System.nanoTime() + SETTLING.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers()))) {
            while (true) {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(COMMAND_GROUP).partitionsToOffsetAndMetadata()
                        .get(30, TimeUnit.SECONDS).get(partition);
                if (committed != null && committed.offset() > written.offset()) {
                    return;
                }
                assertThat(System.nanoTime()).as("%s commits past offset %d of %s within %d s; committed: %s", COMMAND_GROUP,
                        written.offset(), partition, SETTLING.toSeconds(), committed).isLessThan(deadline);
                Thread.sleep(250);
            }
        }
    }

    private void revokeAtTheBank(String accountId) throws Exception {
        try (Connection database = connect();
                PreparedStatement revoke = database.prepareStatement(
                        "UPDATE psp_sandbox.bank_account SET mandate_active = false WHERE account_id = ?")) {
            revoke.setString(1, accountId);
            assertThat(revoke.executeUpdate()).as("sandbox accounts %s", accountId).isOne();
        }
    }

    private long chargesOfMandate(String mandateId) throws Exception {
        return count("SELECT count(*) FROM checkout.charge WHERE mandate_id = ?", mandateId);
    }

    private long chargesOfCommand(String commandId) throws Exception {
        return count("SELECT count(*) FROM checkout.charge WHERE command_id = ?", commandId);
    }

    private long sandboxOrdersOfMessageId(String messageId) throws Exception {
        return count("SELECT count(*) FROM psp_sandbox.sandbox_order WHERE message_id = ?", messageId);
    }

    private String messageIdOf(String chargeId) throws Exception {
        try (Connection database = connect();
                PreparedStatement query = database.prepareStatement("SELECT message_id FROM checkout.charge WHERE charge_id = ?")) {
            query.setString(1, chargeId);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).as("charge %s", chargeId).isTrue();
                return result.getString(1);
            }
        }
    }

    private long count(String sql, String parameter) throws Exception {
        try (Connection database = connect(); PreparedStatement query = database.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(settings.jdbcUrl(), StackSettings.DATABASE_USER, "");
    }
}
