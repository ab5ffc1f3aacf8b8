package io.paybridge.ingest.intake;

import io.paybridge.support.digest.Sha256;
import io.paybridge.ingest.inbox.Inbox;
import io.paybridge.ingest.inbox.NewNotification;
import io.paybridge.ingest.inbox.Psp;
import io.paybridge.ingest.inbox.StoreOutcome;
import io.paybridge.ingest.metrics.IngestMetrics;
import io.paybridge.ingest.rejection.Refusal;
import io.paybridge.ingest.rejection.RejectedCallbackException;
import io.paybridge.ingest.rejection.Rejections;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * What every HMAC-signed webhook goes through: counted, hashed, checked by its PSP's code, a refusal
 * audited, then stored once per notification id with its published record in one transaction and
 * the acknowledgement counted. The checks (an HMAC and a parse of at most 64 KB) take microseconds,
 * less than a hop to a worker thread, so unlike Trustly's RSA they run on the event loop.
 */
@ApplicationScoped
public class WebhookIntake {

    /** These PSPs expect a plain 200, so every stored webhook is answered alike. */
    private static final String REPLY_STATUS = "OK";

    private final Inbox inbox;
    private final Rejections rejections;
    private final IngestMetrics metrics;

    public WebhookIntake(Inbox inbox, Rejections rejections, IngestMetrics metrics) {
        this.inbox = inbox;
        this.rejections = rejections;
        this.metrics = metrics;
    }

    /**
     * Completes once the webhook {@code check} accepts is stored (first time or repeat). Fails with a
     * {@link RejectedCallbackException} when {@code check} throws a {@link Refusal} (recorded, nothing
     * stored), or with whatever else it throws (not configured) or a storage failure.
     */
    public Uni<StoreOutcome> ingest(Psp psp, byte[] body, String remoteAddress, Supplier<VerifiedWebhook> check) {
        long started = System.nanoTime();
        Instant receivedAt = Instant.now();
        metrics.received(psp);
        String bodySha256 = Sha256.hex(body);
        return Uni.createFrom().item(() -> verified(psp, check, bodySha256))
                .onFailure(RejectedCallbackException.class).call(failure -> rejections.record(psp,
                        ((RejectedCallbackException) failure).reason(), bodySha256, remoteAddress))
                .flatMap(webhook -> inbox.store(new NewNotification(psp, webhook.notificationId(), webhook.method(),
                                        webhook.pspOrderId(), webhook.key(), body, bodySha256, REPLY_STATUS),
                                inboxId -> webhook.record().apply(inboxId, receivedAt))
                        .invoke(stored -> metrics.acknowledged(psp, webhook.method(), stored,
                                Duration.ofNanos(System.nanoTime() - started))));
    }

    private static VerifiedWebhook verified(Psp psp, Supplier<VerifiedWebhook> check, String bodySha256) {
        try {
            return check.get();
        } catch (Refusal refusal) {
            throw refusal.rejected(psp, bodySha256);
        }
    }
}
