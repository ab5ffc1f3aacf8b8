package io.paybridge.checkout.deposit.messaging;

import io.paybridge.testkit.kafka.NotificationRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paybridge.checkout.deposit.domain.DepositStatus;
import io.paybridge.checkout.deposit.persistence.DepositOrder;
import io.paybridge.checkout.fixture.CheckoutDatabase;
import io.paybridge.checkout.fixture.TestDepositOrders;
import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.DepositCredited;
import io.paybridge.contracts.payments.v1.DepositDebited;
import io.paybridge.contracts.payments.v1.DepositPending;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** payments.notifications.v1 → deposit state and payments.events.v1, on a real broker and database. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class DepositNotificationConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CheckoutDatabase database;

    @Test
    void aPendingMakesTheDepositPendingAndPublishesDepositPending() {
        DepositOrder order = database.insert(TestDepositOrders.created());
        PspNotification pending = notification(NotificationKind.PENDING, order).build();

        NotificationRecords.publish(pending);

        awaitStatus(order, DepositStatus.PENDING);
        List<SpecificRecord> events = events(order, 1);
        assertThat(events).hasSize(1);
        DepositPending published = (DepositPending) events.get(0);
        assertThat(published.getPaymentReference()).isEqualTo(order.orderRef);
        assertThat(published.getPspOrderId()).isEqualTo(order.pspOrderId);
        assertThat(published.getNotificationId()).isEqualTo(pending.getNotificationId());
        assertThat(published.getCorrelationId()).isEqualTo(order.correlationId);
        assertThat(published.getAmount()).isEqualTo(1050L);
        assertThat(published.getCurrency()).isEqualTo("EUR");
    }

    @Test
    void aCreditMakesTheDepositCreditedAndPublishesDepositCredited() {
        DepositOrder order = database.insert(TestDepositOrders.created());
        PspNotification credit = notification(NotificationKind.CREDIT, order).build();

        NotificationRecords.publish(credit);

        awaitStatus(order, DepositStatus.CREDITED);
        List<SpecificRecord> events = events(order, 1);
        assertThat(events).hasSize(1);
        DepositCredited published = (DepositCredited) events.get(0);
        assertThat(published.getPaymentReference()).isEqualTo(order.orderRef);
        assertThat(published.getNotificationId()).isEqualTo(credit.getNotificationId());
        assertThat(published.getAmount()).isEqualTo(1050L);
        assertThat(published.getCurrency()).isEqualTo("EUR");
        assertThat(published.getPspTimestamp()).isEqualTo(credit.getPspTimestamp());
        assertThat(database.anomalies(order.orderRef)).isEmpty();
    }

    @Test
    void aCreditThenADebitMakesTheDepositDebitedWithBothEventsInOrder() {
        DepositOrder order = database.insert(TestDepositOrders.created());
        PspNotification credit = notification(NotificationKind.CREDIT, order).build();
        PspNotification debit = notification(NotificationKind.DEBIT, order).build();

        NotificationRecords.publish(credit, debit);

        awaitStatus(order, DepositStatus.DEBITED);
        List<SpecificRecord> events = events(order, 2);
        assertThat(events).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("DepositCredited", "DepositDebited");
        assertThat(((DepositDebited) events.get(1)).getNotificationId()).isEqualTo(debit.getNotificationId());
    }

    @Test
    void theSameRecordDeliveredTwiceIsAppliedOnce() {
        DepositOrder order = database.insert(TestDepositOrders.created());
        PspNotification credit = notification(NotificationKind.CREDIT, order).build();
        // A later pending, ignored after a credit, is recorded as an anomaly: once it is there, both copies were consumed.
        PspNotification marker = notification(NotificationKind.PENDING, order).build();

        NotificationRecords.publish(credit, credit, marker);

        await().atMost(WAIT).until(() -> database.anomalies(order.orderRef).size() == 1);
        assertThat(database.anomalies(order.orderRef))
                .containsExactly("IGNORED PENDING CREDITED " + marker.getNotificationId());
        assertThat(database.order(order.orderRef).status).isEqualTo(DepositStatus.CREDITED);
        assertThat(allEvents(order)).extracting(event -> event.getClass().getSimpleName()).containsExactly("DepositCredited");
    }

    @Test
    void aCreditWithAnotherAmountIsRecordedAsAMismatchAndNotApplied() {
        DepositOrder order = database.insert(TestDepositOrders.created());
        PspNotification credit = notification(NotificationKind.CREDIT, order).setAmount(1049L).build();

        NotificationRecords.publish(credit);

        await().atMost(WAIT).until(() -> !database.anomalies(order.orderRef).isEmpty());
        assertThat(database.anomalies(order.orderRef))
                .containsExactly("AMOUNT_MISMATCH CREDIT CREATED " + credit.getNotificationId());
        assertThat(database.order(order.orderRef).status).isEqualTo(DepositStatus.CREATED);
        assertThat(allEvents(order)).isEmpty();
    }

    @Test
    void aCreditBeforeItsOrderIsParkedAndAppliedWhenTheOrderIsStored() {
        DepositOrder order = TestDepositOrders.created();
        PspNotification credit = notification(NotificationKind.CREDIT, order).build();

        NotificationRecords.publish(credit);
        await().atMost(WAIT).until(() -> database.parkedNotifications(order.pspOrderId) == 1);
        database.insertApplyingParked(order);

        assertThat(database.order(order.orderRef).status).isEqualTo(DepositStatus.CREDITED);
        assertThat(database.parkedNotifications(order.pspOrderId)).isZero();
        List<SpecificRecord> events = events(order, 1);
        assertThat(events).hasSize(1);
        assertThat(((DepositCredited) events.get(0)).getNotificationId()).isEqualTo(credit.getNotificationId());
    }

    @Test
    void aDebitBeforeItsCreditIsHeldAndReversesTheCreditWhenItArrives() {
        DepositOrder order = database.insert(TestDepositOrders.created());
        PspNotification debit = notification(NotificationKind.DEBIT, order).build();
        PspNotification credit = notification(NotificationKind.CREDIT, order).build();

        NotificationRecords.publish(debit, credit);

        awaitStatus(order, DepositStatus.DEBITED);
        assertThat(database.anomalies(order.orderRef)).containsExactly("HELD DEBIT CREATED " + debit.getNotificationId());
        List<SpecificRecord> events = events(order, 2);
        assertThat(events).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("DepositCredited", "DepositDebited");
        assertThat(((DepositCredited) events.get(0)).getNotificationId()).isEqualTo(credit.getNotificationId());
        assertThat(((DepositDebited) events.get(1)).getNotificationId()).isEqualTo(debit.getNotificationId());
    }

    @Test
    void aParkedCreditWithAnotherAmountIsRecordedAsAMismatchWhenTheOrderIsStored() {
        DepositOrder order = TestDepositOrders.created();
        PspNotification credit = notification(NotificationKind.CREDIT, order).setAmount(99_999L).build();

        NotificationRecords.publish(credit);
        await().atMost(WAIT).until(() -> database.parkedNotifications(order.pspOrderId) == 1);
        database.insertApplyingParked(order);

        assertThat(database.order(order.orderRef).status).isEqualTo(DepositStatus.CREATED);
        assertThat(database.anomalies(order.orderRef))
                .containsExactly("AMOUNT_MISMATCH CREDIT CREATED " + credit.getNotificationId());
        assertThat(database.parkedNotifications(order.pspOrderId)).isZero();
        assertThat(allEvents(order)).isEmpty();
    }

    private static PspNotification.Builder notification(NotificationKind kind, DepositOrder order) {
        return NotificationRecords.of(kind, order.pspOrderId, order.amountMinor, order.currency);
    }

    private void awaitStatus(DepositOrder order, DepositStatus status) {
        await().atMost(WAIT).until(() -> database.order(order.orderRef).status == status);
    }

    /** Waits for at least {@code count} events of the order on payments.events.v1 and returns them all, in order. */
    private static List<SpecificRecord> events(DepositOrder order, int count) {
        try (TopicReader reader = new TopicReader(Topics.EVENTS)) {
            reader.await(record -> order.orderRef.equals(record.key()), count, WAIT);
            return reader.readToEnd(record -> order.orderRef.equals(record.key()), WAIT).stream()
                    .map(ConsumerRecord::value).toList();
        }
    }

    /** Every event of the order on payments.events.v1 once the relay has published everything stored so far. */
    private List<SpecificRecord> allEvents(DepositOrder order) {
        await().atMost(WAIT).until(() -> database.waitingOutboxRows() == 0);
        try (TopicReader reader = new TopicReader(Topics.EVENTS)) {
            return reader.readToEnd(record -> order.orderRef.equals(record.key()), WAIT).stream()
                    .map(ConsumerRecord::value).toList();
        }
    }
}
