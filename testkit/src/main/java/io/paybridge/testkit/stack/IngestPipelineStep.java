package io.paybridge.testkit.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.trustly.api.OrderWithUrl;
import io.paybridge.trustly.signature.RsaSha1Signer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Demo step: Paybridge's own notification pipeline. As merchant {@code paybridge} it sends psp-sandbox a
 * signed Deposit whose NotificationURL is notification-ingest-service, approves it, waits until the
 * sandbox's delivery log shows pending and credit delivered with a verified OK reply, and reads their
 * {@code PspNotification} records from {@code payments.notifications.v1}.
 */
final class IngestPipelineStep implements DemoStep {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> METHODS = List.of("pending", "credit");

    @Override
    public String name() {
        return "notification-ingest-service: the sandbox's notifications verified, stored, acknowledged and published";
    }

    @Override
    public String run(StackSettings settings) throws Exception {
        SandboxMerchant merchant = SandboxMerchant.load(settings.merchantDir());
        SandboxAdmin sandbox = new SandboxAdmin(settings.sandboxUrl());
        String notificationUrl = settings.ingestUrl().resolve("/notifications/trustly").toString();

        try (TopicReader published = TopicReader.fromNow(Topics.NOTIFICATIONS, settings.kafkaBootstrapServers())) {
            OrderWithUrl order;
            try (SandboxDeposits deposits = new SandboxDeposits(settings.sandboxUrl(), merchant.username(),
                    merchant.password(), new RsaSha1Signer(merchant.privateKey()), sandbox.verifier())) {
                order = deposits.deposit(notificationUrl, "demo-user-2", "10.00");
            }
            sandbox.approve(order.orderId(), "normal");
            List<JsonNode> log = awaitDelivered(sandbox, order.orderId());
            List<PspNotification> records = awaitPublished(published, order.orderId());
            return "merchant " + merchant.username() + ": Deposit of EUR 10.00 -> order " + order.orderId()
                    + ", NotificationURL " + notificationUrl + "\n"
                    + "approved; delivery log: " + SandboxDepositStep.delivered(log) + ", each acknowledged with a verified OK\n"
                    + Topics.NOTIFICATIONS.name() + " (key " + order.orderId() + "): "
                    + records.stream().map(IngestPipelineStep::describe).collect(Collectors.joining(", "));
        }
    }

    private static List<JsonNode> awaitDelivered(SandboxAdmin sandbox, String orderId) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        List<JsonNode> log = sandbox.deliveryLog(orderId);
        while (!METHODS.stream().allMatch(method -> log.stream()
                .anyMatch(n -> method.equals(n.path("method").asText()) && SandboxAdmin.deliveredWithVerifiedOk(n)))) {
            if (Instant.now().isAfter(deadline)) {
                throw new StackException("the sandbox did not deliver pending and credit to notification-ingest-service with"
                        + " a verified OK within " + WAIT.toSeconds() + " s; delivery log: " + SandboxDepositStep.delivered(log)
                        + " (GET /sandbox/notifications?orderid=" + orderId + "; ./paybridge logs notification-ingest-service)");
            }
            Thread.sleep(200);
            log.clear();
            log.addAll(sandbox.deliveryLog(orderId));
        }
        return log;
    }

    private static List<PspNotification> awaitPublished(TopicReader published, String orderId) {
        List<PspNotification> records = published.await(record -> orderId.equals(record.key()), METHODS.size(), WAIT).stream()
                .map(ConsumerRecord::value)
                .map(PspNotification.class::cast)
                .toList();
        List<String> methods = records.stream().map(record -> record.getMethod().toString()).sorted().toList();
        if (!methods.equals(METHODS.stream().sorted().toList())) {
            throw new StackException("expected one PspNotification each for " + METHODS + " of order " + orderId + " on "
                    + Topics.NOTIFICATIONS.name() + " within " + WAIT.toSeconds() + " s, read " + methods
                    + " (./paybridge logs notification-ingest-service)");
        }
        return records;
    }

    private static String describe(PspNotification record) {
        String money = record.getAmount() == null ? "" : ", " + record.getCurrency() + " "
                + BigDecimal.valueOf(record.getAmount(), Currency.getInstance(record.getCurrency().toString()).getDefaultFractionDigits())
                + " (" + record.getAmount() + " minor units)";
        return record.getMethod() + " (notificationid " + record.getNotificationId() + money + ", inbox " + record.getInboxId() + ")";
    }
}
