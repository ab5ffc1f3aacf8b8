package io.paybridge.payout.withdrawal.messaging;

import io.paybridge.testkit.kafka.NotificationRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.contracts.payments.v1.WithdrawalCancelled;
import io.paybridge.contracts.payments.v1.WithdrawalConfirmed;
import io.paybridge.contracts.payments.v1.WithdrawalDenied;
import io.paybridge.contracts.payments.v1.WithdrawalReturned;
import io.paybridge.payout.fixture.Events;
import io.paybridge.payout.fixture.TestWithdrawals;
import io.paybridge.payout.fixture.WithdrawalDatabase;
import io.paybridge.payout.withdrawal.domain.WithdrawalStatus;
import io.paybridge.payout.withdrawal.persistence.Withdrawal;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/**
 * A withdrawal's notifications, told by its MessageID, on a real broker and database: cancel, payoutconfirmation, a
 * credit once the money left (returned) and the credit after a denial (not returned); each record applied once, and
 * what a status does not take recorded, never applied.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class WithdrawalNotificationConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    WithdrawalDatabase database;

    @Test
    void aCancelCancelsAWithdrawalWhoseEndUserDidNotFinish() {
        Withdrawal withdrawal = database.insert(TestWithdrawals.created());
        PspNotification cancel = notification(withdrawal, NotificationKind.CANCEL).setAmount(null).setCurrency(null)
                .setCancelReason("abandoned").build();

        NotificationRecords.publish(cancel);

        awaitStatus(withdrawal, WithdrawalStatus.CANCELLED);
        List<SpecificRecord> events = Events.of(withdrawal.withdrawalId, 1);
        assertThat(events).hasSize(1);
        WithdrawalCancelled cancelled = (WithdrawalCancelled) events.get(0);
        assertThat(cancelled.getNotificationId()).isEqualTo(cancel.getNotificationId());
        assertThat(cancelled.getReason()).isEqualTo("abandoned");
        assertThat(cancelled.getPspOrderId()).isEqualTo(withdrawal.pspOrderId);
    }

    @Test
    void aPayoutConfirmationConfirmsADebitedWithdrawalAndItsDebitIsNotAppliedAgain() {
        Withdrawal withdrawal = database.insert(TestWithdrawals.in(WithdrawalStatus.DEBITED));
        PspNotification debit = notification(withdrawal, NotificationKind.DEBIT).build();
        PspNotification confirmation = notification(withdrawal, NotificationKind.PAYOUT_CONFIRMATION).build();

        NotificationRecords.publish(debit, confirmation);

        awaitStatus(withdrawal, WithdrawalStatus.CONFIRMED);
        List<SpecificRecord> events = Events.of(withdrawal.withdrawalId, 1);
        assertThat(events).hasSize(1);
        WithdrawalConfirmed confirmed = (WithdrawalConfirmed) events.get(0);
        assertThat(confirmed.getNotificationId()).isEqualTo(confirmation.getNotificationId());
        assertThat(confirmed.getAmount()).isEqualTo(25000L);
        assertThat(confirmed.getCurrency()).isEqualTo("EUR");
        assertThat(database.anomalies(withdrawal.withdrawalId)).isEmpty();
    }

    @Test
    void aCreditAfterApprovalReturnsTheWithdrawalOnceAlthoughItsRecordCameTwice() {
        Withdrawal withdrawal = database.insert(TestWithdrawals.in(WithdrawalStatus.APPROVED));
        PspNotification credit = notification(withdrawal, NotificationKind.CREDIT).build();
        PspNotification later = notification(withdrawal, NotificationKind.PAYOUT_CONFIRMATION).build();

        NotificationRecords.publish(credit, credit, later);

        await().atMost(WAIT).until(() -> !database.anomalies(withdrawal.withdrawalId).isEmpty());
        assertThat(database.withdrawal(withdrawal.withdrawalId).status).isEqualTo(WithdrawalStatus.RETURNED);
        assertThat(database.anomalies(withdrawal.withdrawalId)).containsExactly("PAYOUT_CONFIRMATION RETURNED");
        List<SpecificRecord> events = Events.of(withdrawal.withdrawalId, 1);
        assertThat(events).hasSize(1);
        WithdrawalReturned returned = (WithdrawalReturned) events.get(0);
        assertThat(returned.getNotificationId()).isEqualTo(credit.getNotificationId());
        assertThat(returned.getAmount()).isEqualTo(25000L);
    }

    @Test
    void theCreditThatFollowsADenialIsTheDenialsNotAReturn() {
        Withdrawal denying = database.insert(TestWithdrawals.in(WithdrawalStatus.DENYING));
        Withdrawal denied = database.insert(TestWithdrawals.in(WithdrawalStatus.DENIED));

        NotificationRecords.publish(notification(denying, NotificationKind.CREDIT).build(),
                notification(denied, NotificationKind.CREDIT).build());

        awaitStatus(denying, WithdrawalStatus.DENIED);
        assertThat(Events.of(denying.withdrawalId, 1)).singleElement().isInstanceOf(WithdrawalDenied.class);
        await().atMost(WAIT).until(() -> !database.anomalies(denied.withdrawalId).isEmpty());
        assertThat(database.anomalies(denied.withdrawalId)).containsExactly("CREDIT DENIED");
        assertThat(database.withdrawal(denied.withdrawalId).status).isEqualTo(WithdrawalStatus.DENIED);
    }

    @Test
    void aCreditBeforeTheMoneyLeftIsRecordedNotApplied() {
        Withdrawal withdrawal = database.insert(TestWithdrawals.created());

        NotificationRecords.publish(notification(withdrawal, NotificationKind.CREDIT).build());

        await().atMost(WAIT).until(() -> !database.anomalies(withdrawal.withdrawalId).isEmpty());
        assertThat(database.anomalies(withdrawal.withdrawalId)).containsExactly("CREDIT CREATED");
        assertThat(database.withdrawal(withdrawal.withdrawalId).status).isEqualTo(WithdrawalStatus.CREATED);
    }

    private static PspNotification.Builder notification(Withdrawal withdrawal, NotificationKind kind) {
        return NotificationRecords.of(kind, withdrawal.pspOrderId, 25000L, "EUR").setMessageId(withdrawal.messageId);
    }

    private void awaitStatus(Withdrawal withdrawal, WithdrawalStatus status) {
        await().atMost(WAIT).until(() -> database.withdrawal(withdrawal.withdrawalId).status == status);
    }
}
