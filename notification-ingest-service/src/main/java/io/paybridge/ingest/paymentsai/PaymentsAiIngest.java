package io.paybridge.ingest.paymentsai;

import io.paybridge.ingest.inbox.Psp;
import io.paybridge.ingest.inbox.StoreOutcome;
import io.paybridge.ingest.intake.VerifiedWebhook;
import io.paybridge.ingest.intake.WebhookIntake;
import io.paybridge.ingest.rejection.RejectedCallbackException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The PaymentsAI pipeline: verify the HMAC over the raw body, only then read it, and store the event
 * once per {@code deduplicationId} with its published record before it is acknowledged.
 */
@ApplicationScoped
public class PaymentsAiIngest {

    private final PaymentsAiSignature signature;
    private final WebhookIntake intake;

    public PaymentsAiIngest(PaymentsAiSignature signature, WebhookIntake intake) {
        this.signature = signature;
        this.intake = intake;
    }

    /**
     * Completes once the webhook is stored (first time or repeat). Fails with a
     * {@link RejectedCallbackException} (recorded, nothing stored), a not-configured or a storage failure.
     */
    public Uni<StoreOutcome> ingest(String signatureHeader, byte[] body, String remoteAddress) {
        return intake.ingest(Psp.PAYMENTSAI, body, remoteAddress, () -> verified(signatureHeader, body));
    }

    private VerifiedWebhook verified(String signatureHeader, byte[] body) {
        signature.verify(signatureHeader, body);
        PaymentsAiEvent event = PaymentsAiEvent.parse(body);
        return new VerifiedWebhook(event.deduplicationId(), event.type(), event.transactionId(),
                PaymentsAiNormalizer.key(event),
                (inboxId, receivedAt) -> PaymentsAiNormalizer.normalize(event, inboxId, receivedAt));
    }
}
