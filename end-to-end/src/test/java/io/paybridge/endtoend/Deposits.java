package io.paybridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.testkit.stack.SandboxAdmin;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** Deposits made through checkout-service and approved in psp-sandbox, for tests that start from money received. */
final class Deposits {

    /** A credited deposit: checkout-service's reference and the PSP's order id. */
    record Deposit(String orderRef, String pspOrderId) {
    }

    private final ServiceApi checkout;
    private final SandboxAdmin sandbox;
    private final Duration wait;

    Deposits(ServiceApi checkout, SandboxAdmin sandbox, Duration wait) {
        this.checkout = checkout;
        this.sandbox = sandbox;
        this.wait = wait;
    }

    /** A EUR deposit of {@code amount} by {@code endUserId}, approved in the sandbox, once checkout shows it CREDITED. */
    Deposit credited(String amount, String endUserId) throws Exception {
        HttpResponse<String> created = checkout.post("/v1/deposits", UUID.randomUUID().toString(), """
                {"amount":"%s","currency":"EUR",
                 "endUser":{"id":"%s","firstName":"Åsa","lastName":"Testsson","email":"asa@example.com",
                            "country":"SE","locale":"sv_SE"},
                 "successUrl":"https://merchant.example/ok","failUrl":"https://merchant.example/fail",
                 "shopperStatement":"Paybridge e2e"}""".formatted(amount, endUserId));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode order = ServiceApi.JSON.readTree(created.body());
        sandbox.approve(order.path("pspOrderId").asText(), "normal");
        String orderRef = order.path("orderRef").asText();
        assertThat(checkout.awaitStatus("/v1/orders/" + orderRef, "CREDITED", wait).path("status").asText())
                .isEqualTo("CREDITED");
        return new Deposit(orderRef, order.path("pspOrderId").asText());
    }
}
