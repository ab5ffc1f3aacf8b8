package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.sandbox.SandboxConfig;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Deposit, Withdraw and SelectAccount create an order the end user finishes in the checkout page. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CheckoutOrdersResourceTest extends MerchantApiTest {

    @Inject
    SandboxConfig config;

    private String checkout() {
        return config.publicUrl() + "/checkout/";
    }

    @Test
    void aDepositAnswersOrderidAndCheckoutUrlAndKeepsWhatWasSent() {
        ObjectNode request = TrustlyRequests.deposit();

        JsonNode data = merchant.call("Deposit", request).data(sandbox);

        long orderId = data.get("orderid").asLong();
        assertThat(data.size()).isEqualTo(2);
        assertThat(data.get("orderid").asText()).matches("\\d{10}");
        assertThat(data.get("url").asText()).isEqualTo(checkout() + orderId);
        SandboxOrder order = fixtures.order(orderId);
        assertThat(order.kind).isEqualTo(OrderKind.DEPOSIT);
        assertThat(order.state).isEqualTo(OrderState.CREATED);
        assertThat(order.merchantUsername).isEqualTo(merchant.username());
        assertThat(order.amountMinor).isEqualTo(100_00L);
        assertThat(order.currency).isEqualTo("EUR");
        assertThat(order.messageId).isEqualTo(request.get("MessageID").asText());
        assertThat(order.endUserId).isEqualTo("user-1");
        assertThat(order.notificationUrl).isEqualTo(request.get("NotificationURL").asText());
        assertThat(order.successUrl).isEqualTo("https://merchant.example/ok");
        assertThat(order.failUrl).isEqualTo("https://merchant.example/fail");
        assertThat(order.externalReference).isEqualTo("ext-1");
        assertThat(order.attributes).isEqualTo(request.get("Attributes"));
        assertThat(Duration.between(order.createdAt, order.expiresAt)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aDepositWithoutAmountLeavesTheAmountToTheEndUser() {
        ObjectNode request = TrustlyRequests.deposit();
        ((ObjectNode) request.get("Attributes")).remove("Amount");
        ((ObjectNode) request.get("Attributes")).put("SuggestedMinAmount", "10.00").put("SuggestedMaxAmount", "50.00");

        long orderId = merchant.call("Deposit", request).data(sandbox).get("orderid").asLong();

        assertThat(fixtures.order(orderId).amountMinor).isNull();
    }

    @Test
    void aWithdrawAnswersOrderidAndUrl() {
        JsonNode data = merchant.call("Withdraw", TrustlyRequests.withdraw()).data(sandbox);

        SandboxOrder order = fixtures.order(data.get("orderid").asLong());
        assertThat(data.get("url").asText()).isEqualTo(checkout() + order.orderId);
        assertThat(order.kind).isEqualTo(OrderKind.WITHDRAW);
        assertThat(order.state).isEqualTo(OrderState.CREATED);
        assertThat(order.currency).isEqualTo("EUR");
        assertThat(order.amountMinor).isNull();
    }

    @Test
    void aSelectAccountAnswersOrderidAndUrl() {
        JsonNode data = merchant.call("SelectAccount", TrustlyRequests.selectAccount()).data(sandbox);

        SandboxOrder order = fixtures.order(data.get("orderid").asLong());
        assertThat(data.get("url").asText()).isEqualTo(checkout() + order.orderId);
        assertThat(order.kind).isEqualTo(OrderKind.SELECT_ACCOUNT);
        assertThat(order.attributes.get("RequestDirectDebitMandate").asText()).isEqualTo("1");
    }

    @Test
    void aWithdrawWithoutCurrencyIsInvalidParameters() {
        ObjectNode request = TrustlyRequests.withdraw();
        request.remove("Currency");

        assertThat(merchant.call("Withdraw", request).errorCode(sandbox)).isEqualTo(623);
    }
}
