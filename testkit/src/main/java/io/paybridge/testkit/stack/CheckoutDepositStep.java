package io.paybridge.testkit.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paybridge.contracts.Topics;
import io.paybridge.testkit.kafka.TopicReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Demo step: a deposit through checkout-service. It creates a deposit with a development token, approves it
 * in psp-sandbox, waits until checkout-service shows it CREDITED (the sandbox's notifications travelled
 * through notification-ingest-service and Kafka), and reads the deposit's events from {@code payments.events.v1}.
 */
final class CheckoutDepositStep implements DemoStep {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public String name() {
        return "checkout-service: a deposit created, approved in the sandbox, CREDITED, and its events";
    }

    @Override
    public String run(StackSettings settings) throws Exception {
        String token = new DevTokens(DevKeys.loadOrCreate(settings.jwtDir()), "demo-shop", Duration.ofMinutes(10))
                .mint(List.of("payments:checkout", "payments:read"));
        JsonNode deposit = create(settings, token);
        String orderRef = deposit.path("orderRef").asText();
        String pspOrderId = deposit.path("pspOrderId").asText();
        new SandboxAdmin(settings.sandboxUrl()).approve(pspOrderId, "normal");
        String status = awaitCredited(settings, token, orderRef);
        try (TopicReader events = new TopicReader(Topics.EVENTS, settings.kafkaBootstrapServers())) {
            List<String> names = events.await(record -> orderRef.equals(record.key()), 3, WAIT).stream()
                    .map(ConsumerRecord::value).map(event -> event.getSchema().getName()).toList();
            return "POST /v1/deposits: EUR " + deposit.path("amount").asText() + " -> " + orderRef + " (PSP order " + pspOrderId
                    + "), " + deposit.path("status").asText() + ", checkout " + deposit.path("checkoutUrl").asText() + "\n"
                    + "approved in the sandbox; GET /v1/orders/" + orderRef + ": " + status + "\n"
                    + Topics.EVENTS.name() + " (key " + orderRef + "): " + names.stream().collect(Collectors.joining(" -> "));
        }
    }

    private JsonNode create(StackSettings settings, String token) throws Exception {
        String body = """
                {"amount":"25.00","currency":"EUR",
                 "endUser":{"id":"demo-user-3","firstName":"Åsa","lastName":"Demo","email":"demo@example.com",
                            "country":"SE","locale":"sv_SE"},
                 "successUrl":"https://merchant.example/ok","failUrl":"https://merchant.example/fail",
                 "shopperStatement":"Paybridge demo"}""";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(settings.checkoutUrl().resolve("/v1/deposits"))
                .timeout(WAIT).header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new StackException("POST /v1/deposits answered " + response.statusCode() + ": " + response.body()
                    + " (./paybridge logs checkout-service)");
        }
        return JSON.readTree(response.body());
    }

    private String awaitCredited(StackSettings settings, String token, String orderRef) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        String status = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(settings.checkoutUrl().resolve("/v1/orders/" + orderRef))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            status = JSON.readTree(response.body()).path("status").asText();
            if ("CREDITED".equals(status)) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new StackException("deposit " + orderRef + " is " + status + ", not CREDITED, " + WAIT.toSeconds() + " s after the"
                + " approval (./paybridge logs checkout-service; ./paybridge logs notification-ingest-service)");
    }
}
