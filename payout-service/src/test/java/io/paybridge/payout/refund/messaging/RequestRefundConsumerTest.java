package io.paybridge.payout.refund.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.ChargeMandate;
import io.paybridge.contracts.payments.v1.RefundRequested;
import io.paybridge.contracts.payments.v1.RequestRefund;
import io.paybridge.payout.deposit.persistence.RefundableDeposit;
import io.paybridge.payout.fixture.DeadLetters;
import io.paybridge.payout.fixture.Events;
import io.paybridge.payout.fixture.PayoutDatabase;
import io.paybridge.testkit.kafka.CatalogRecords;
import io.paybridge.payout.fixture.TestDeposits;
import io.paybridge.payout.refund.domain.RefundStatus;
import io.paybridge.payout.refund.persistence.Refund;
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
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * RequestRefund on payments.commands.v1, on a real broker and database (the PSP unreachable): once per commandId, and
 * a command that can never apply dead-lettered with its reason.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class RequestRefundConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    PayoutDatabase database;

    static RequestRefund command(String commandId, String refundId, String orderRef, long amountMinor, String currency) {
        return RequestRefund.newBuilder().setEventId(UUID.randomUUID().toString())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS)).setPaymentReference(orderRef)
                .setCorrelationId("corr-" + commandId.substring(0, 8)).setCommandId(commandId).setRefundId(refundId)
                .setAmount(amountMinor).setCurrency(currency).build();
    }

    @Test
    void aCommandRefundsOnceAndAResentCommandChangesNothing() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        String commandId = UUID.randomUUID().toString();
        String refundId = "rfd-cmd-" + commandId.substring(0, 8);

        CatalogRecords.publish(Topics.COMMANDS, deposit.orderRef, command(commandId, refundId, deposit.orderRef, 2_500, "EUR"),
                command(commandId, refundId, deposit.orderRef, 2_500, "EUR"));

        // a later command on the same key (same partition) proves both copies were consumed
        String later = UUID.randomUUID().toString();
        CatalogRecords.publish(Topics.COMMANDS, deposit.orderRef, command(later, "rfd-cmd-" + later.substring(0, 8), deposit.orderRef, 100, "EUR"));
        await().atMost(WAIT).until(() -> database.refundsOfCommand(later) == 1
                && database.refund("rfd-cmd-" + later.substring(0, 8)).status != RefundStatus.REQUESTED);
        assertThat(database.refundsOfCommand(commandId)).isEqualTo(1);
        Refund refund = database.refund(refundId);
        assertThat(refund.status).isEqualTo(RefundStatus.UNKNOWN);
        assertThat(refund.requestedBy).isEqualTo("command");
        assertThat(refund.correlationId).isEqualTo("corr-" + commandId.substring(0, 8));
        assertThat(database.deposit(deposit.orderRef).refundedMinor).isEqualTo(2_600);
        await().atMost(WAIT).until(() -> database.waitingOutboxRows() == 0);
        List<SpecificRecord> events = Events.of(deposit.orderRef, 2);
        assertThat(events).hasSize(2).allMatch(RefundRequested.class::isInstance);
        assertThat(events).extracting(event -> ((RefundRequested) event).getRefundId())
                .containsExactly(refundId, "rfd-cmd-" + later.substring(0, 8));
    }

    @Test
    void aCommandThatCanNeverApplyGoesToTheDeadLetterTopicWithItsReason() {
        RefundableDeposit deposit = database.creditedDeposit(1_000, "EUR");
        String zeroKey = TestDeposits.orderRef();
        String unknown = TestDeposits.orderRef();

        CatalogRecords.publish(Topics.COMMANDS, zeroKey, command(UUID.randomUUID().toString(), "rfd-zero", zeroKey, 0, "EUR"));
        CatalogRecords.publish(Topics.COMMANDS, unknown, command(UUID.randomUUID().toString(), "rfd-unknown", unknown, 100, "EUR"));
        CatalogRecords.publish(Topics.COMMANDS, deposit.orderRef,
                command(UUID.randomUUID().toString(), "rfd-too-much-" + deposit.orderRef, deposit.orderRef, 1_001, "EUR"));

        assertThat(reason(zeroKey)).contains("amount must be greater than zero");
        assertThat(reason(unknown)).contains("deposit-not-refundable");
        assertThat(reason(deposit.orderRef)).contains("refund-exceeds-remaining").contains("10.00 EUR left");
        assertThat(database.refundsOf(deposit.orderRef)).isEmpty();
        assertThat(database.deposit(deposit.orderRef).refundedMinor).isZero();
    }

    @Test
    void checkoutsCommandsAreLeftAlone() {
        String reference = "chg_" + UUID.randomUUID().toString().substring(0, 8);
        CatalogRecords.publish(Topics.COMMANDS, reference, ChargeMandate.newBuilder().setEventId(UUID.randomUUID().toString())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS)).setPaymentReference(reference)
                .setCorrelationId(UUID.randomUUID().toString()).setCommandId(UUID.randomUUID().toString())
                .setAccountId("9999999999").setEndUserId("user-1").setAmount(2500L).setCurrency("SEK").build());

        assertThat(DeadLetters.of(Topics.COMMANDS, reference, Duration.ofSeconds(5))).isEmpty();
    }

    private static String reason(String key) {
        List<ConsumerRecord<String, byte[]>> deadLettered = DeadLetters.of(Topics.COMMANDS, key, WAIT);
        assertThat(deadLettered).hasSize(1);
        return new String(deadLettered.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }
}
