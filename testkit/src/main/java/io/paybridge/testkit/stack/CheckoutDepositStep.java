package io.paybridge.testkit.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.contracts.Topics;
import io.paybridge.testkit.kafka.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Demo step: a deposit through checkout-service. It creates a deposit with a development token, approves it
 * in psp-sandbox, waits until checkout-service shows it CREDITED (the sandbox's notifications travelled
 * through notification-ingest-service and Kafka), and reads the deposit's events from {@code payments.events.v1}.
 */
final class CheckoutDepositStep implements DemoStep {

    static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CREDIT_HINT = "./paybridge logs checkout-service; ./paybridge logs notification-ingest-service";

    @Override
    public String name() {
        return "checkout-service: a deposit created, approved in the sandbox, CREDITED, and its events";
    }

    @Override
    public String run(StackSettings settings) throws Exception {
        JsonNode deposit = creditedDeposit(settings, "25.00", "demo-user-3");
        String orderRef = deposit.path("orderRef").asText();
        try (TopicReader events = new TopicReader(Topics.EVENTS, settings.kafkaBootstrapServers())) {
            List<String> names = events.await(record -> orderRef.equals(record.key()), 3, WAIT).stream()
                    .map(ConsumerRecord::value).map(event -> event.getSchema().getName()).toList();
            return "POST /v1/deposits: EUR " + deposit.path("amount").asText() + " -> " + orderRef + " (PSP order "
                    + deposit.path("pspOrderId").asText() + "), " + deposit.path("status").asText() + ", checkout "
                    + deposit.path("checkoutUrl").asText() + "\n"
                    + "approved in the sandbox; GET /v1/orders/" + orderRef + ": CREDITED\n"
                    + Topics.EVENTS.name() + " (key " + orderRef + "): " + names.stream().collect(Collectors.joining(" -> "));
        }
    }

    /** A deposit of EUR {@code amount} made through checkout-service and approved in the sandbox, once it is CREDITED. */
    static JsonNode creditedDeposit(StackSettings settings, String amount, String endUserId) throws Exception {
        DemoApi checkout = new DemoApi(settings, settings.checkoutUrl(), "checkout-service", "demo-shop",
                List.of("payments:checkout", "payments:read"));
        JsonNode deposit = checkout.post("/v1/deposits", """
                {"amount":"%s","currency":"EUR",
                 "endUser":{"id":"%s","firstName":"Åsa","lastName":"Demo","email":"demo@example.com",
                            "country":"SE","locale":"sv_SE"},
                 "successUrl":"https://merchant.example/ok","failUrl":"https://merchant.example/fail",
                 "shopperStatement":"Paybridge demo"}""".formatted(amount, endUserId), 201);
        new SandboxAdmin(settings.sandboxUrl()).approve(deposit.path("pspOrderId").asText(), "normal");
        checkout.awaitStatus("/v1/orders/" + deposit.path("orderRef").asText(), "CREDITED", WAIT, CREDIT_HINT);
        return deposit;
    }
}
