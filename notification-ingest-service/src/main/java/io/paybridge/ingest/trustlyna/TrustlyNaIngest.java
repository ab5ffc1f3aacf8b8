package io.paybridge.ingest.trustlyna;

import io.paybridge.ingest.inbox.Psp;
import io.paybridge.ingest.inbox.StoreOutcome;
import io.paybridge.ingest.intake.VerifiedWebhook;
import io.paybridge.ingest.intake.WebhookIntake;
import io.paybridge.ingest.rejection.RejectedCallbackException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The Trustly North America pipeline: authenticate the webhook, read its fields, then store it once
 * per {@code eventId} with its published record before it is acknowledged.
 */
@ApplicationScoped
public class TrustlyNaIngest {

    private final TrustlyNaAuthenticator authenticator;
    private final WebhookIntake intake;

    public TrustlyNaIngest(TrustlyNaAuthenticator authenticator, WebhookIntake intake) {
        this.authenticator = authenticator;
        this.intake = intake;
    }

    /**
     * Completes once the webhook is stored (first time or repeat). Fails with a
     * {@link RejectedCallbackException} (recorded, nothing stored), a not-configured or a storage failure.
     */
    public Uni<StoreOutcome> ingest(String authorization, byte[] body, String remoteAddress) {
        return intake.ingest(Psp.TRUSTLY_NA, body, remoteAddress, () -> verified(authorization, body));
    }

    private VerifiedWebhook verified(String authorization, byte[] body) {
        // Fields are split from the encoded text, then decoded: the decoded whole is only what is signed.
        TrustlyNaEvent event = TrustlyNaEvent.of(TrustlyNaForm.fields(authenticator.authenticate(authorization, body)));
        return new VerifiedWebhook(event.eventId(), event.eventType(), TrustlyNaNormalizer.transactionId(event),
                TrustlyNaNormalizer.key(event),
                (inboxId, receivedAt) -> TrustlyNaNormalizer.normalize(event, inboxId, receivedAt));
    }
}
