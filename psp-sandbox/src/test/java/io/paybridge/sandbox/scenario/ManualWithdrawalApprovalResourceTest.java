package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.api.TrustlyRequests;
import io.paybridge.sandbox.fixture.Db;
import io.paybridge.sandbox.fixture.DeliveryLog;
import io.paybridge.sandbox.fixture.FakeMerchant;
import io.paybridge.sandbox.fixture.MerchantOrders;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.testkit.stack.SandboxAdmin;
import io.paybridge.testkit.stack.SandboxAdmin.MerchantOptions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.paybridge.sandbox.fixture.OrderChecks.awaitState;
import static io.paybridge.sandbox.fixture.OrderChecks.bookings;
import static io.paybridge.sandbox.fixture.OrderChecks.methods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merchant option {@code manualWithdrawalApproval}: a withdrawal whose debit was answered OK stays DEBITED
 * – nothing is queued to send it – until ApproveWithdrawal (then SENT, confirmed) or DenyWithdrawal.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ManualWithdrawalApprovalResourceTest {

    private static final MerchantOptions MANUAL = MerchantOptions.DEFAULTS.withManualWithdrawalApproval().withPayoutConfirmations();

    private SandboxAdmin admin;
    private FakeMerchant merchant;
    private MerchantOrders orders;

    @BeforeEach
    void startMerchant() throws Exception {
        admin = FakeMerchant.admin();
        merchant = FakeMerchant.start("manual", MANUAL);
        orders = MerchantOrders.of(merchant);
    }

    @AfterEach
    void stopMerchant() {
        merchant.closeAndCheck();
    }

    @Test
    void aDebitedWithdrawalWaitsForApprovalThenIsSentAndConfirmed() {
        SandboxOrder withdrawal = debitedWithdrawal("normal");
        assertThat(steps(withdrawal)).as("nothing is queued to send it").isEmpty();
        assertThat(transferState(withdrawal)).isEqualTo("PENDING");
        assertThat(bookings(withdrawal)).isEmpty();

        assertThat(orders.call("ApproveWithdrawal", TrustlyRequests.orderId(withdrawal.orderId)).get("result").asText()).isEqualTo("1");

        awaitState(withdrawal, OrderState.SENT);
        DeliveryLog.awaitState(withdrawal.orderId, "payoutconfirmation", "DELIVERED");
        assertThat(methods(withdrawal)).containsExactly("debit", "payoutconfirmation");
        assertThat(merchant.received(withdrawal.orderId, "payoutconfirmation").get(0).data().path("amount").asText()).isEqualTo("50.00");
        assertThat(bookings(withdrawal)).containsExactly("-5000 BANK_WITHDRAWAL_QUEUED Withdraw");
        assertThat(steps(withdrawal)).containsExactly("SEND_WITHDRAWAL done");
        assertThat(transferState(withdrawal)).isEqualTo("EXECUTED");
    }

    @Test
    void aDeniedWithdrawalIsCreditedBackAndNeverSent() {
        SandboxOrder withdrawal = debitedWithdrawal("normal");

        assertThat(orders.call("DenyWithdrawal", TrustlyRequests.orderId(withdrawal.orderId)).get("result").asText()).isEqualTo("1");

        DeliveryLog.awaitState(withdrawal.orderId, "credit", "DELIVERED");
        assertThat(Db.order(withdrawal.orderId).state).isEqualTo(OrderState.DENIED);
        assertThat(methods(withdrawal)).containsExactly("debit", "credit");
        assertThat(bookings(withdrawal)).isEmpty();
        assertThat(steps(withdrawal)).isEmpty();
    }

    @Test
    void aW1WithdrawalIsSentOnlyAfterApprovalAndThenComesBack() {
        SandboxOrder withdrawal = debitedWithdrawal("W1");
        assertThat(steps(withdrawal)).isEmpty();

        orders.call("ApproveWithdrawal", TrustlyRequests.orderId(withdrawal.orderId));

        awaitState(withdrawal, OrderState.RETURNED);
        DeliveryLog.awaitState(withdrawal.orderId, "credit", "DELIVERED");
        assertThat(methods(withdrawal)).containsExactly("debit", "payoutconfirmation", "credit");
        assertThat(bookings(withdrawal)).containsExactly(
                "-5000 BANK_WITHDRAWAL_QUEUED Withdraw",
                "5000 BANK_WITHDRAWAL_QUEUED Withdraw");
        assertThat(steps(withdrawal)).containsExactly("SEND_WITHDRAWAL done", "RETURN_WITHDRAWAL done");
    }

    /** A withdrawal of 50.00 EUR the end user approved in {@code scenario} and the merchant's debit reply moved to DEBITED. */
    private SandboxOrder debitedWithdrawal(String scenario) {
        SandboxOrder withdrawal = orders.withdrawal();
        admin.approve(withdrawal.orderId.toString(), scenario, "50.00");
        awaitState(withdrawal, OrderState.DEBITED);
        DeliveryLog.awaitState(withdrawal.orderId, "debit", "DELIVERED");
        return withdrawal;
    }

    /** The order's scenario steps as "KIND outcome", oldest first (the outcome is null until a step runs). */
    private static List<String> steps(SandboxOrder order) {
        return Db.inTransaction(() -> ScenarioStep.<ScenarioStep>list("orderId = ?1 order by id", order.orderId))
                .stream().map(step -> step.kind + " " + step.outcome).toList();
    }

    /** GetWithdrawals' transferstate of the withdrawal. */
    private String transferState(SandboxOrder withdrawal) {
        return orders.call("GetWithdrawals", TrustlyRequests.orderId(withdrawal.orderId)).get(0).path("transferstate").asText();
    }
}
