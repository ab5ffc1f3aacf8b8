package io.paybridge.sandbox.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.sandbox.fixture.DeliveryLog;
import io.paybridge.sandbox.fixture.FakeMerchant;
import io.paybridge.sandbox.fixture.FakeMerchant.Received;
import io.paybridge.sandbox.fixture.MerchantOrders;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.testkit.stack.SandboxAdmin;
import io.paybridge.testkit.stack.SandboxAdmin.MerchantOptions;
import io.paybridge.testkit.stack.SandboxAdmin.RefundOrder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.paybridge.sandbox.fixture.OrderChecks.approve;
import static io.paybridge.sandbox.fixture.OrderChecks.awaitState;
import static io.paybridge.sandbox.fixture.OrderChecks.methods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * payoutconfirmation (reference §4.2): sent, signed and delivered when money leaves for a refund (on its
 * deposit), an account payout or a withdrawal – only to merchants registered with payout confirmations.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PayoutConfirmationResourceTest {

    private static final MerchantOptions CONFIRMATIONS = MerchantOptions.DEFAULTS.withPayoutConfirmations();
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}\\+00";

    private final List<FakeMerchant> merchants = new ArrayList<>();
    private SandboxAdmin admin;

    @BeforeEach
    void admin() {
        admin = FakeMerchant.admin();
    }

    @AfterEach
    void stopMerchants() {
        merchants.forEach(FakeMerchant::closeAndCheck);
    }

    @Test
    void aRefundSentBySettlementIsConfirmedOnItsDepositsOrderidAndMessageid() throws Exception {
        FakeMerchant merchant = merchant(CONFIRMATIONS);
        MerchantOrders orders = MerchantOrders.of(merchant);
        SandboxOrder deposit = orders.creditedDeposit();
        orders.refund(deposit, "30.00");
        RefundOrder queued = admin.refundsOf(deposit.orderId.toString()).get(0);
        assertThat(queued.state()).isEqualTo("QUEUED");
        assertThat(methods(deposit)).as("nothing is confirmed while the refund waits for the deposit to settle")
                .containsExactly("pending", "credit");

        admin.settle(LocalDate.now(ZoneOffset.UTC));

        assertThat(admin.refundsOf(deposit.orderId.toString())).extracting(RefundOrder::state).containsExactly("SENT");
        JsonNode logged = DeliveryLog.awaitState(deposit.orderId, "payoutconfirmation", "DELIVERED");
        assertThat(SandboxAdmin.deliveredWithVerifiedOk(logged)).isTrue();
        assertThat(fields(merchant.received(deposit.orderId, "payoutconfirmation").get(0), logged))
                .isEqualTo(expected(deposit, "30.00"));
        assertThat(DeliveryLog.of(Long.parseLong(queued.orderId()))).as("a refund has no notifications of its own").isEmpty();
    }

    @Test
    void anAccountPayoutIsConfirmedAsItIsSent() throws Exception {
        FakeMerchant merchant = merchant(CONFIRMATIONS);
        MerchantOrders orders = MerchantOrders.of(merchant);
        orders.creditedDeposit();

        SandboxOrder payout = orders.accountPayout("10.00");

        assertThat(payout.state).isEqualTo(OrderState.SENT);
        JsonNode logged = DeliveryLog.awaitState(payout.orderId, "payoutconfirmation", "DELIVERED");
        assertThat(SandboxAdmin.deliveredWithVerifiedOk(logged)).isTrue();
        assertThat(fields(merchant.received(payout.orderId, "payoutconfirmation").get(0), logged))
                .isEqualTo(expected(payout, "10.00"));
    }

    @Test
    void aWithdrawalIsConfirmedWhenItIsSentAfterItsDebit() throws Exception {
        FakeMerchant merchant = merchant(CONFIRMATIONS);
        SandboxOrder withdrawal = MerchantOrders.of(merchant).withdrawal();

        admin.approve(withdrawal.orderId.toString(), "normal", "50.00");

        awaitState(withdrawal, OrderState.SENT);
        JsonNode logged = DeliveryLog.awaitState(withdrawal.orderId, "payoutconfirmation", "DELIVERED");
        assertThat(methods(withdrawal)).containsExactly("debit", "payoutconfirmation");
        assertThat(fields(merchant.received(withdrawal.orderId, "payoutconfirmation").get(0), logged))
                .isEqualTo(expected(withdrawal, "50.00"));
    }

    @Test
    void aMerchantWithoutTheOptionGetsNoPayoutConfirmation() throws Exception {
        FakeMerchant merchant = merchant(MerchantOptions.DEFAULTS);
        MerchantOrders orders = MerchantOrders.of(merchant);
        SandboxOrder deposit = orders.creditedDeposit();
        orders.refund(deposit, "30.00");
        SandboxOrder payout = orders.accountPayout("10.00");
        SandboxOrder withdrawal = orders.withdrawal();
        approve(withdrawal, "normal");
        awaitState(withdrawal, OrderState.SENT);

        admin.settle(LocalDate.now(ZoneOffset.UTC));

        // each payoutconfirmation would have been queued in the transaction that made its order SENT
        assertThat(admin.refundsOf(deposit.orderId.toString())).extracting(RefundOrder::state).containsExactly("SENT");
        assertThat(payout.state).isEqualTo(OrderState.SENT);
        assertThat(methods(deposit)).containsExactly("pending", "credit");
        assertThat(methods(payout)).isEmpty();
        assertThat(methods(withdrawal)).containsExactly("debit");
    }

    private FakeMerchant merchant(MerchantOptions options) throws Exception {
        FakeMerchant merchant = FakeMerchant.start("confirmations", options);
        merchants.add(merchant);
        return merchant;
    }

    /** The notification's data as the merchant received it, after checking its notificationid and timestamp. */
    private static ObjectNode fields(Received received, JsonNode logged) {
        ObjectNode data = received.data().deepCopy();
        assertThat(received.clientAccepted()).as("trustly-client's parser accepts it").isTrue();
        assertThat(data.remove("notificationid").asText()).isEqualTo(logged.path("notificationid").asText());
        assertThat(data.remove("timestamp").asText()).matches(TIMESTAMP);
        return data;
    }

    /** The rest of a payoutconfirmation about {@code order}: reference §4.2's fields, no attributes. */
    private static ObjectNode expected(SandboxOrder order, String amount) {
        return JsonNodeFactory.instance.objectNode()
                .put("amount", amount)
                .put("currency", "EUR")
                .put("orderid", order.orderId.toString())
                .put("messageid", order.messageId)
                .put("enduserid", order.endUserId);
    }
}
