package io.paybridge.testkit.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.contracts.Topics;
import io.paybridge.testkit.kafka.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Demo step: part of a deposit refunded through payout-service. A deposit credited through checkout-service reaches
 * payout-service as DepositCredited; payout-service calls Refund at psp-sandbox, which queues it until the deposit
 * settles; the sandbox's settlement sends it and confirms it with a payoutconfirmation on the deposit's order, which
 * comes back through notification-ingest-service: the refund is CONFIRMED, and its events follow the deposit's.
 */
final class PayoutRefundStep implements DemoStep {

    private static final String HINT = "./paybridge logs payout-service; ./paybridge logs notification-ingest-service";

    @Override
    public String name() {
        return "payout-service: part of a deposit refunded, sent when the sandbox settles, CONFIRMED";
    }

    @Override
    public String run(StackSettings settings) throws Exception {
        JsonNode deposit = CheckoutDepositStep.creditedDeposit(settings, "40.00", "demo-user-4");
        String orderRef = deposit.path("orderRef").asText();
        DemoApi payout = new DemoApi(settings, settings.payoutUrl(), "payout-service", "demo-shop",
                List.of("payments:refund", "payments:read"));
        JsonNode refund = refund(payout, orderRef);
        String refundId = refund.path("refundId").asText();
        new SandboxAdmin(settings.sandboxUrl()).settle(LocalDate.now(ZoneOffset.UTC));
        String status = payout.awaitStatus("/v1/refunds/" + refundId, "CONFIRMED", CheckoutDepositStep.WAIT, HINT);
        try (TopicReader events = new TopicReader(Topics.EVENTS, settings.kafkaBootstrapServers())) {
            List<String> names = events.await(record -> orderRef.equals(record.key()), 6, CheckoutDepositStep.WAIT).stream()
                    .map(ConsumerRecord::value).map(event -> event.getSchema().getName())
                    .filter(name -> name.startsWith("Refund")).toList();
            return "deposit " + orderRef + ": EUR 40.00 CREDITED\n"
                    + "POST /v1/refunds: EUR 15.00 of it -> " + refundId + ", " + refund.path("status").asText() + "\n"
                    + "the sandbox settles the deposit and sends the refund; GET /v1/refunds/" + refundId + ": " + status + "\n"
                    + Topics.EVENTS.name() + " (key " + orderRef + "): " + names.stream().collect(Collectors.joining(" -> "));
        }
    }

    /**
     * POST /v1/refunds, repeated while payout-service has not yet read the deposit's DepositCredited from Kafka
     * (it answers 422 deposit-not-refundable then, and keeps nothing).
     */
    private static JsonNode refund(DemoApi payout, String orderRef) throws Exception {
        String body = """
                {"orderRef":"%s","amount":"15.00","currency":"EUR","reason":"demo: one item returned"}""".formatted(orderRef);
        Instant deadline = Instant.now().plus(CheckoutDepositStep.WAIT);
        while (true) {
            try {
                return payout.post("/v1/refunds", body, 201, 202);
            } catch (StackException notYet) {
                if (!notYet.getMessage().contains("deposit-not-refundable") || Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                Thread.sleep(Duration.ofMillis(250).toMillis());
            }
        }
    }
}
