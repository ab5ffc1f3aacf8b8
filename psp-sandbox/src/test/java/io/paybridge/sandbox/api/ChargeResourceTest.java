package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.SandboxFixtures;
import io.paybridge.sandbox.TestClock;
import io.paybridge.sandbox.charge.ChargeCalendar;
import io.paybridge.sandbox.charge.ChargeCredits;
import io.paybridge.sandbox.notification.Notification;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Direct debit: Charge on an account with an active mandate, collected on PaymentDate; CancelCharge until 18:00 the day before. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ChargeResourceTest extends MerchantApiTest {

    @Inject
    TestClock clock;

    @Inject
    ChargeCredits credits;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aChargeOnAnUnknownAccountIsRejectedNotAnError() {
        JsonNode data = merchant.call("Charge", TrustlyRequests.charge("3999999999", "10.00", null)).data(sandbox);

        assertThat(data.toString()).isEqualTo("{\"result\":\"0\",\"rejected\":\"ERROR_ACCOUNT_NOT_FOUND\",\"orderid\":null}");
    }

    @Test
    void aChargeOnAnAccountWithoutMandateIsRejected() {
        String account = account(false);

        JsonNode data = merchant.call("Charge", TrustlyRequests.charge(account, "10.00", null)).data(sandbox);

        assertThat(data.get("result").asText()).isEqualTo("0");
        assertThat(data.get("rejected").asText()).isEqualTo("ERROR_MANDATE_NOT_FOUND");
    }

    @Test
    void anAcceptedChargeIsPendingAtOnceAndCollectedOnItsPaymentDate() {
        LocalDate paymentDate = ChargeCalendar.today(clock).plusDays(1);

        JsonNode data = merchant.call("Charge", TrustlyRequests.charge(account(true), "25.00", paymentDate)).data(sandbox);

        assertThat(data.get("result").asText()).isEqualTo("1");
        assertThat(data.get("rejected").isNull()).isTrue();
        long charge = data.get("orderid").asLong();
        assertThat(fixtures.order(charge).state).isEqualTo(OrderState.PENDING);
        assertThat(fixtures.notifications(charge)).extracting(notification -> notification.method).containsExactly("pending");
        assertThat(fixtures.notifications(charge).get(0).data.get("amount").asText()).isEqualTo("25.00");

        collectNow();
        assertThat(fixtures.order(charge).state).isEqualTo(OrderState.PENDING);

        clock.moveTo(stockholm(paymentDate, LocalTime.of(6, 0)));
        collectNow();

        assertThat(fixtures.order(charge).state).isEqualTo(OrderState.CREDITED);
        assertThat(fixtures.notifications(charge)).extracting(notification -> notification.method).containsExactly("pending", "credit");
        assertThat(fixtures.entries(merchant.username())).extracting(entry -> entry.orderType + " " + entry.amountMinor)
                .containsExactly("Charge 2500");
    }

    @Test
    void aChargeWithoutPaymentDateIsCollectedSoonByTheScheduledJob() throws InterruptedException {
        long charge = merchant.call("Charge", TrustlyRequests.charge(account(true), "5.00", null)).data(sandbox).get("orderid").asLong();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (fixtures.order(charge).state != OrderState.CREDITED && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }

        assertThat(fixtures.order(charge).state).isEqualTo(OrderState.CREDITED);
    }

    @Test
    void aChargeCanBeCancelledUntilSixInTheEveningTheDayBefore() {
        LocalDate paymentDate = ChargeCalendar.today(clock).plusDays(3);
        long charge = merchant.call("Charge", TrustlyRequests.charge(account(true), "25.00", paymentDate)).data(sandbox)
                .get("orderid").asLong();

        clock.moveTo(stockholm(paymentDate.minusDays(1), LocalTime.of(17, 59)));
        JsonNode data = merchant.call("CancelCharge", TrustlyRequests.orderId(charge)).data(sandbox);

        assertThat(data.toString()).isEqualTo("{\"result\":\"1\",\"rejected\":null}");
        assertThat(fixtures.order(charge).state).isEqualTo(OrderState.CANCELLED);
        assertThat(fixtures.notifications(charge)).extracting(notification -> notification.method).containsExactly("pending", "cancel");
        collectNow();
        assertThat(fixtures.order(charge).state).isEqualTo(OrderState.CANCELLED);
    }

    @Test
    void fromSixInTheEveningTheDayBeforeTheChargeIsAlreadyExecuting() {
        LocalDate paymentDate = ChargeCalendar.today(clock).plusDays(3);
        long charge = merchant.call("Charge", TrustlyRequests.charge(account(true), "25.00", paymentDate)).data(sandbox)
                .get("orderid").asLong();

        clock.moveTo(stockholm(paymentDate.minusDays(1), LocalTime.of(18, 0)));
        JsonNode data = merchant.call("CancelCharge", TrustlyRequests.orderId(charge)).data(sandbox);

        assertThat(data.toString()).isEqualTo("{\"result\":\"0\",\"rejected\":\"Payment already executed\"}");
        assertThat(fixtures.order(charge).state).isEqualTo(OrderState.PENDING);
        assertThat(fixtures.notifications(charge)).extracting(Notification::toString).hasSize(1);
    }

    @Test
    void aChargeWithoutPaymentDateCannotBeCancelled() {
        long charge = merchant.call("Charge", TrustlyRequests.charge(account(true), "25.00", null)).data(sandbox).get("orderid").asLong();

        assertThat(merchant.call("CancelCharge", TrustlyRequests.orderId(charge)).data(sandbox).get("result").asText()).isEqualTo("0");
    }

    @Test
    void aPaymentDateInThePastIsInvalidParameters() {
        LocalDate yesterday = ChargeCalendar.today(clock).minusDays(1);

        assertThat(merchant.call("Charge", TrustlyRequests.charge(account(true), "25.00", yesterday)).errorCode(sandbox)).isEqualTo(623);
    }

    private String account(boolean mandate) {
        String account = merchant.call("RegisterAccount", TrustlyRequests.registerAccount("69706212084057")).data(sandbox)
                .get("accountid").asText();
        if (mandate) {
            fixtures.activateMandate(account);
        }
        return account;
    }

    private void collectNow() {
        SandboxFixtures.await(credits::collectDue);
    }

    private static Instant stockholm(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ChargeCalendar.STOCKHOLM).toInstant();
    }
}
