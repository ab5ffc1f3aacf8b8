package io.paybridge.sandbox.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.sandbox.api.MerchantApiTest;
import io.paybridge.sandbox.api.TrustlyRequests;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** {@code GET /sandbox/orders/{orderid}/refunds}: a deposit's refunds with their own orderids, to fail one or count them. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class OrderRefundsResourceTest extends MerchantApiTest {

    @Test
    void listsADepositsRefundsOldestFirstWithTheirOwnOrderids() {
        long deposit = creditedDeposit("EUR", "100.00");
        refund(deposit, "30.00", "rfd-first");
        refund(deposit, "20.00", null);

        List<SandboxOrder> stored = fixtures.refundsOf(deposit);
        assertThat(refunds(deposit)).isEqualTo(array(
                refund(stored.get(0), "30.00", "QUEUED", "rfd-first"),
                refund(stored.get(1), "20.00", "QUEUED", null)));
    }

    @Test
    void aRefundFoundThereCanBeFailedAndShowsAsReturned() {
        long deposit = creditedDeposit("EUR", "100.00");
        refund(deposit, "30.00", null);
        refund(deposit, "20.00", null);
        String second = refunds(deposit).get(1).path("orderid").asText();

        given().contentType("application/json").body(Map.of("scenario", "refund-fails"))
                .post("/sandbox/orders/" + second + "/approve").then().statusCode(200).body("state", equalTo("RETURNED"));

        List<SandboxOrder> stored = fixtures.refundsOf(deposit);
        assertThat(refunds(deposit)).isEqualTo(array(
                refund(stored.get(0), "30.00", "QUEUED", null),
                refund(stored.get(1), "20.00", "RETURNED", null)));
    }

    @Test
    void aDepositWithoutRefundsHasNone() {
        long deposit = creditedDeposit("EUR", "100.00");

        assertThat(refunds(deposit)).isEqualTo(array());
    }

    @Test
    void anUnknownOrderOrOneThatIsNoDepositIsNotFound() {
        long withdrawal = merchant.call("Withdraw", TrustlyRequests.withdraw()).data(sandbox).get("orderid").asLong();

        given().get("/sandbox/orders/9999999999/refunds").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:order-not-found")).body("detail", equalTo("no order 9999999999"));
        given().get("/sandbox/orders/" + withdrawal + "/refunds").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("order " + withdrawal + " is a Withdraw; only deposits and charges have refunds"));
        given().get("/sandbox/orders/abc/refunds").then().statusCode(404).contentType("application/problem+json");
    }

    private void refund(long deposit, String amount, String externalReference) {
        ObjectNode request = TrustlyRequests.refund(deposit, amount, "EUR");
        if (externalReference != null) {
            request.putObject("Attributes").put("ExternalReference", externalReference);
        }
        merchant.call("Refund", request).data(sandbox);
    }

    private static JsonNode refunds(long deposit) {
        return JsonRpc.parse(given().get("/sandbox/orders/" + deposit + "/refunds").then().statusCode(200)
                .contentType("application/json").extract().asByteArray());
    }

    private static ObjectNode refund(SandboxOrder stored, String amount, String state, String externalReference) {
        return JsonNodeFactory.instance.objectNode().put("orderid", stored.orderId.toString()).put("amount", amount)
                .put("currency", "EUR").put("state", state).put("externalReference", externalReference);
    }

    private static ArrayNode array(ObjectNode... refunds) {
        return JsonNodeFactory.instance.arrayNode().addAll(List.of(refunds));
    }
}
