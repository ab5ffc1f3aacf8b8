package io.paybridge.checkout.mandate.messaging;

import io.paybridge.testkit.kafka.NotificationRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paybridge.checkout.fixture.CheckoutDatabase;
import io.paybridge.checkout.fixture.Events;
import io.paybridge.checkout.fixture.TestMandatesAndCharges;
import io.paybridge.checkout.mandate.domain.MandateStatus;
import io.paybridge.checkout.mandate.persistence.Mandate;
import io.paybridge.contracts.payments.v1.MandateActivated;
import io.paybridge.contracts.payments.v1.MandateRevoked;
import io.paybridge.contracts.payments.v1.NotificationAccount;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Account and cancel notifications → mandate state and MandateActivated/MandateRevoked, on a real broker and database. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class MandateNotificationConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CheckoutDatabase database;

    static PspNotification account(Mandate mandate, String accountId, boolean active) {
        return NotificationRecords.of(NotificationKind.ACCOUNT, mandate.pspOrderId, 0, "SEK").setAmount(null).setCurrency(null)
                .setAccount(NotificationAccount.newBuilder().setAccountId(accountId).setVerified(true).setClearingHouse("SWEDEN")
                        .setBank("Sandbox Bank").setDescriptor("**** *084057").setLastDigits("084057")
                        .setDirectDebitMandate(active).build())
                .build();
    }

    static PspNotification cancel(Mandate mandate) {
        return NotificationRecords.of(NotificationKind.CANCEL, mandate.pspOrderId, 0, "SEK").setAmount(null).setCurrency(null)
                .setCancelReason("mandate not approved").build();
    }

    @Test
    void sentForApprovalThenActiveRecordsTheAccountAndPublishesMandateActivated() {
        Mandate mandate = database.insertEntity(TestMandatesAndCharges.mandate(MandateStatus.REQUESTED));
        PspNotification sent = account(mandate, "7653385737", false);
        PspNotification active = account(mandate, "7653385737", true);

        NotificationRecords.publish(sent);
        await().atMost(WAIT).until(() -> database.mandate(mandate.mandateId).status == MandateStatus.PENDING_APPROVAL);
        Mandate pending = database.mandate(mandate.mandateId);
        assertThat(List.of(pending.accountId, pending.bank, pending.descriptor, pending.lastDigits))
                .isEqualTo(List.of("7653385737", "Sandbox Bank", "**** *084057", "084057"));
        NotificationRecords.publish(active);

        await().atMost(WAIT).until(() -> database.mandate(mandate.mandateId).status == MandateStatus.ACTIVE);
        MandateActivated event = (MandateActivated) Events.of(mandate.mandateId, 1).get(0);
        assertThat(event).isEqualTo(MandateActivated.newBuilder(event).setPaymentReference(mandate.mandateId)
                .setCorrelationId(mandate.correlationId).setPspOrderId(mandate.pspOrderId)
                .setNotificationId(active.getNotificationId()).setAccountId("7653385737").setBank("Sandbox Bank")
                .setLastDigits("084057").build());
    }

    @Test
    void aLateSentForApprovalDoesNotDowngradeAnActiveMandate() {
        Mandate mandate = database.insertEntity(TestMandatesAndCharges.mandate(MandateStatus.REQUESTED));

        NotificationRecords.publish(account(mandate, "1111", true), account(mandate, "1111", false));

        await().atMost(WAIT).until(() -> database.rows("order_anomaly WHERE order_id = '" + mandate.mandateId + "'") == 1);
        assertThat(database.mandate(mandate.mandateId).status).isEqualTo(MandateStatus.ACTIVE);
        assertThat(Events.names(mandate.mandateId, 1)).containsExactly("MandateActivated");
    }

    @Test
    void aCancelMakesThePendingMandateInactiveAndPublishesMandateRevoked() {
        Mandate mandate = database.insertEntity(TestMandatesAndCharges.mandate(MandateStatus.PENDING_APPROVAL));
        PspNotification cancel = cancel(mandate);

        NotificationRecords.publish(cancel);

        await().atMost(WAIT).until(() -> database.mandate(mandate.mandateId).status == MandateStatus.INACTIVE);
        MandateRevoked event = (MandateRevoked) Events.of(mandate.mandateId, 1).get(0);
        assertThat(event.getNotificationId()).isEqualTo(cancel.getNotificationId());
        assertThat(event.getReason()).isEqualTo("mandate not approved");
    }

    @Test
    void anAccountNotificationBeforeTheMandateIsStoredIsParked() {
        Mandate mandate = TestMandatesAndCharges.mandate(MandateStatus.REQUESTED);

        NotificationRecords.publish(account(mandate, "2222", true));

        await().atMost(WAIT).until(() -> database.parkedNotifications(mandate.pspOrderId) == 1);
    }
}
