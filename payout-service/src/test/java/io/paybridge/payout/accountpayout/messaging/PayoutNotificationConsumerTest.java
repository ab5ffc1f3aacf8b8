package io.paybridge.payout.accountpayout.messaging;

import io.paybridge.testkit.kafka.NotificationRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paybridge.contracts.payments.v1.NotificationFailure;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PayoutAccepted;
import io.paybridge.contracts.payments.v1.PayoutConfirmed;
import io.paybridge.contracts.payments.v1.PayoutFailed;
import io.paybridge.contracts.payments.v1.PayoutFailureStage;
import io.paybridge.payout.accountpayout.PayoutBook;
import io.paybridge.payout.accountpayout.domain.FailureStage;
import io.paybridge.payout.accountpayout.domain.PayoutInput;
import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.payout.accountpayout.persistence.Payout;
import io.paybridge.payout.accountpayout.psp.AccountPayoutSender.Sent;
import io.paybridge.payout.fixture.AccountPayoutDatabase;
import io.paybridge.payout.fixture.Events;
import io.paybridge.payout.fixture.PayoutRequests;
import io.paybridge.payout.fixture.Principals;
import io.paybridge.payout.fixture.OrderNotifications;
import io.paybridge.payout.psp.PspAttempt;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.api.OrderResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/**
 * Notifications on an account payout's own order, found by its MessageID, on a real broker and database: confirmed,
 * returned, failed, cancelled, each once; a notification resolves a payout whose answer was lost; one that does not
 * fit is recorded and not applied.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class PayoutNotificationConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AccountPayoutDatabase database;

    @Inject
    PayoutBook book;

    /** A payout sent without an answer (the PSP is unreachable here): UNKNOWN. */
    private Payout unknownPayout(String amount) {
        String endUser = "user-" + UUID.randomUUID();
        String payoutId = PayoutRequests.post(Principals.requester(), UUID.randomUUID().toString(),
                PayoutRequests.body(database.knownAccount(endUser), endUser, amount)).jsonPath().getString("payoutId");
        Payout payout = database.payout(payoutId);
        assertThat(payout.status).isEqualTo(PayoutStatus.UNKNOWN);
        return payout;
    }

    /** A payout the PSP accepted as order {@code pspOrderId}, recorded as a send's answer is. */
    private Payout acceptedPayout(String pspOrderId) throws Throwable {
        Payout payout = unknownPayout("25.00");
        Sent accepted = new Sent(PayoutInput.ACCEPTED, new PspAttempt.Answered<>(new OrderResult(pspOrderId, true)));
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> book.record(payout.payoutId, accepted)));
        return database.payout(payout.payoutId);
    }

    @Test
    void aPayoutConfirmationConfirmsTheAcceptedPayoutOnce() throws Throwable {
        String order = orderId();
        Payout payout = acceptedPayout(order);
        assertThat(payout.status).isEqualTo(PayoutStatus.ACCEPTED);
        var confirmation = OrderNotifications.of(NotificationKind.PAYOUT_CONFIRMATION, order, payout.messageId)
                .setAmount(2500L).setCurrency("EUR").build();

        NotificationRecords.publish(confirmation, confirmation);

        await().atMost(WAIT).until(() -> database.payout(payout.payoutId).status == PayoutStatus.CONFIRMED);
        assertThat(database.allEvents(payout.payoutId))
                .containsExactly("PayoutRequested", "PayoutAccepted", "PayoutConfirmed");
        List<SpecificRecord> events = Events.of(payout.payoutId, 3);
        assertThat(((PayoutAccepted) events.get(1)).getPspOrderId()).isEqualTo(order);
        PayoutConfirmed confirmed = (PayoutConfirmed) events.get(2);
        assertThat(confirmed.getNotificationId()).isEqualTo(confirmation.getNotificationId());
        assertThat(confirmed.getAmount()).isEqualTo(2500L);
        assertThat(confirmed.getPspOrderId()).isEqualTo(order);
    }

    @Test
    void aCreditOnThePayoutsOrderMeansItWasReturned() throws Throwable {
        String order = orderId();
        Payout payout = acceptedPayout(order);

        NotificationRecords.publish(OrderNotifications.of(NotificationKind.PAYOUT_CONFIRMATION, order, payout.messageId).build(),
                OrderNotifications.of(NotificationKind.CREDIT, order, payout.messageId).setAmount(2500L).setCurrency("EUR")
                        .setEndUserId(payout.endUserId).build());

        await().atMost(WAIT).until(() -> database.payout(payout.payoutId).status == PayoutStatus.FAILED);
        Payout returned = database.payout(payout.payoutId);
        assertThat(returned.failureStage).isEqualTo(FailureStage.RETURNED);
        assertThat(database.allEvents(payout.payoutId))
                .containsExactly("PayoutRequested", "PayoutAccepted", "PayoutConfirmed", "PayoutFailed");
        PayoutFailed failed = (PayoutFailed) Events.of(payout.payoutId, 4).get(3);
        assertThat(failed.getStage()).isEqualTo(PayoutFailureStage.RETURNED);
        assertThat(failed.getPspOrderId()).isEqualTo(order);
    }

    @Test
    void payoutFailedAndCancelFailTheirPayouts() throws Throwable {
        String failedOrder = orderId();
        Payout failing = acceptedPayout(failedOrder);
        String cancelledOrder = orderId();
        Payout cancelled = acceptedPayout(cancelledOrder);

        NotificationRecords.publish(OrderNotifications.of(NotificationKind.PAYOUT_FAILED, failedOrder, failing.messageId)
                        .setFailure(NotificationFailure.newBuilder().setErrorCode("BANK_REJECTED")
                                .setErrorMessage("the bank refused the transfer").build()).build(),
                OrderNotifications.of(NotificationKind.CANCEL, cancelledOrder, cancelled.messageId)
                        .setCancelReason("technical error").build());

        await().atMost(WAIT).until(() -> database.payout(failing.payoutId).status == PayoutStatus.FAILED
                && database.payout(cancelled.payoutId).status == PayoutStatus.FAILED);
        Payout failed = database.payout(failing.payoutId);
        assertThat(failed.failureStage).isEqualTo(FailureStage.PAYOUT_FAILED);
        assertThat(failed.failureCode).isEqualTo("BANK_REJECTED");
        PayoutFailed event = (PayoutFailed) Events.of(failing.payoutId, 3).get(2);
        assertThat(event.getStage()).isEqualTo(PayoutFailureStage.PAYOUT_FAILED);
        assertThat(event.getErrorMessage()).isEqualTo("the bank refused the transfer");
        Payout cancel = database.payout(cancelled.payoutId);
        assertThat(cancel.failureStage).isEqualTo(FailureStage.PAYOUT_FAILED);
        assertThat(cancel.failureMessage).isEqualTo("technical error");
    }

    @Test
    void aNotificationResolvesAPayoutWhoseAnswerWasLost() {
        Payout payout = unknownPayout("40.00");
        String order = orderId();

        NotificationRecords.publish(OrderNotifications.of(NotificationKind.PAYOUT_CONFIRMATION, order, payout.messageId)
                .setAmount(4000L).setCurrency("EUR").build());

        await().atMost(WAIT).until(() -> database.payout(payout.payoutId).status == PayoutStatus.CONFIRMED);
        assertThat(database.payout(payout.payoutId).pspOrderId).isEqualTo(order);
        assertThat(database.allEvents(payout.payoutId))
                .containsExactly("PayoutRequested", "PayoutAccepted", "PayoutConfirmed");
    }

    @Test
    void aNotificationThatDoesNotFitIsRecordedAndNotApplied() throws Throwable {
        String order = orderId();
        Payout payout = acceptedPayout(order);
        Payout confirmed = acceptedPayout(orderId());

        NotificationRecords.publish(OrderNotifications.of(NotificationKind.PAYOUT_CONFIRMATION, order, payout.messageId)
                        .setAmount(9999L).setCurrency("EUR").build(),
                OrderNotifications.of(NotificationKind.PAYOUT_CONFIRMATION, confirmed.pspOrderId, confirmed.messageId).build(),
                OrderNotifications.of(NotificationKind.CANCEL, confirmed.pspOrderId, confirmed.messageId).build());

        await().atMost(WAIT).until(() -> database.anomalies(payout.payoutId) == 1 && database.anomalies(confirmed.payoutId) == 1);
        assertThat(database.payout(payout.payoutId).status).isEqualTo(PayoutStatus.ACCEPTED);
        assertThat(database.payout(confirmed.payoutId).status).isEqualTo(PayoutStatus.CONFIRMED);
        assertThat(database.allEvents(payout.payoutId)).containsExactly("PayoutRequested", "PayoutAccepted");
    }

    private static String orderId() {
        return Long.toString(Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L));
    }
}
