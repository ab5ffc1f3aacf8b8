package io.paybridge.checkout.charge.messaging;

import io.paybridge.testkit.kafka.NotificationRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paybridge.checkout.charge.domain.ChargeStatus;
import io.paybridge.checkout.charge.persistence.Charge;
import io.paybridge.checkout.fixture.CheckoutDatabase;
import io.paybridge.checkout.fixture.Events;
import io.paybridge.checkout.fixture.TestMandatesAndCharges;
import io.paybridge.checkout.mandate.domain.MandateStatus;
import io.paybridge.checkout.mandate.persistence.Mandate;
import io.paybridge.contracts.payments.v1.ChargeCredited;
import io.paybridge.contracts.payments.v1.ChargeFailed;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Pending, credit and cancel notifications → charge state and events, on a real broker and database. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class ChargeNotificationConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CheckoutDatabase database;

    private Charge requested() {
        Mandate mandate = database.insertEntity(TestMandatesAndCharges.mandate(MandateStatus.ACTIVE));
        return database.insertEntity(TestMandatesAndCharges.charge(mandate, ChargeStatus.REQUESTED, LocalDate.now().plusDays(5)));
    }

    private static PspNotification.Builder notification(NotificationKind kind, Charge charge) {
        return NotificationRecords.of(kind, charge.pspOrderId, charge.amountMinor, charge.currency);
    }

    @Test
    void pendingThenCreditMakesTheChargeCreditedWithBothEvents() {
        Charge charge = requested();
        PspNotification credit = notification(NotificationKind.CREDIT, charge).build();

        NotificationRecords.publish(notification(NotificationKind.PENDING, charge).build(), credit);

        await().atMost(WAIT).until(() -> database.charge(charge.chargeId).status == ChargeStatus.CREDITED);
        assertThat(Events.names(charge.chargeId, 2)).containsExactly("ChargePending", "ChargeCredited");
        ChargeCredited event = (ChargeCredited) Events.of(charge.chargeId, 2).get(1);
        assertThat(event).isEqualTo(ChargeCredited.newBuilder(event).setPaymentReference(charge.chargeId)
                .setCorrelationId(charge.correlationId).setPspOrderId(charge.pspOrderId)
                .setNotificationId(credit.getNotificationId()).setAmount(10000L).setCurrency("SEK").build());
    }

    @Test
    void aCancelTheMerchantDidNotAskForFailsTheChargeWithTheReason() {
        Charge charge = requested();
        PspNotification cancel = notification(NotificationKind.CANCEL, charge).setAmount(null).setCurrency(null)
                .setCancelReason("insufficient funds").build();

        NotificationRecords.publish(cancel);

        await().atMost(WAIT).until(() -> database.charge(charge.chargeId).status == ChargeStatus.FAILED);
        assertThat(database.charge(charge.chargeId).failureReason).isEqualTo("insufficient funds");
        ChargeFailed event = (ChargeFailed) Events.of(charge.chargeId, 1).get(0);
        assertThat(event.getNotificationId()).isEqualTo(cancel.getNotificationId());
        assertThat(event.getReason()).isEqualTo("insufficient funds");
    }

    @Test
    void aCancelAfterTheMerchantAskedForItCancelsTheCharge() {
        Mandate mandate = database.insertEntity(TestMandatesAndCharges.mandate(MandateStatus.ACTIVE));
        Charge asked = TestMandatesAndCharges.charge(mandate, ChargeStatus.PENDING, LocalDate.now().plusDays(5));
        asked.cancelRequested = true;
        Charge charge = database.insertEntity(asked);

        NotificationRecords.publish(notification(NotificationKind.CANCEL, charge).setAmount(null).setCurrency(null).build());

        await().atMost(WAIT).until(() -> database.charge(charge.chargeId).status == ChargeStatus.CANCELLED);
        assertThat(Events.names(charge.chargeId, 1)).containsExactly("ChargeCancelled");
    }

    @Test
    void aCreditWithAnotherAmountIsRecordedAndNeverCredits() {
        Charge charge = requested();

        NotificationRecords.publish(NotificationRecords.of(NotificationKind.CREDIT, charge.pspOrderId, 1, "SEK").build(),
                notification(NotificationKind.PENDING, charge).build());

        await().atMost(WAIT).until(() -> database.charge(charge.chargeId).status == ChargeStatus.PENDING);
        assertThat(database.rows("order_anomaly WHERE order_id = '" + charge.chargeId + "'")).isEqualTo(1);
        assertThat(Events.names(charge.chargeId, 1)).containsExactly("ChargePending");
    }

    @Test
    void aLatePendingAfterTheCreditChangesNothing() {
        Charge charge = requested();

        NotificationRecords.publish(notification(NotificationKind.CREDIT, charge).build(),
                notification(NotificationKind.PENDING, charge).build());

        await().atMost(WAIT).until(() -> database.rows("order_anomaly WHERE order_id = '" + charge.chargeId + "'") == 1);
        assertThat(database.charge(charge.chargeId).status).isEqualTo(ChargeStatus.CREDITED);
        assertThat(Events.names(charge.chargeId, 1)).containsExactly("ChargeCredited");
    }
}
