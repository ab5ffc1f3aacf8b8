package io.paybridge.ingest.trustly;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.support.digest.Sha256;
import io.paybridge.ingest.body.MalformedBodyException;
import io.paybridge.ingest.body.StrictJson;
import io.paybridge.ingest.inbox.Inbox;
import io.paybridge.ingest.inbox.NewNotification;
import io.paybridge.ingest.inbox.Psp;
import io.paybridge.ingest.inbox.StoreOutcome;
import io.paybridge.ingest.metrics.IngestMetrics;
import io.paybridge.ingest.payout.WithdrawalDebits;
import io.paybridge.ingest.rejection.RejectedCallbackException;
import io.paybridge.ingest.rejection.RejectionReason;
import io.paybridge.ingest.rejection.Rejections;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.notification.NotificationParser;
import io.paybridge.trustly.notification.NotificationResponder;
import io.paybridge.trustly.notification.ReplyStatus;
import io.paybridge.trustly.notification.TrustlyNotification;
import io.paybridge.trustly.notification.TrustlyNotificationException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * The Trustly pipeline: verify the signature over the body as received, store the notification and
 * its published record in one transaction, and only then sign the reply. Verifying and signing are
 * about a millisecond of CPU each, so they run on worker threads, never on the event loop. Every
 * notification is answered OK, except a withdrawal's debit, answered as payout-service decides.
 */
@ApplicationScoped
public class TrustlyIngest {

    private final WorkerExecutor crypto;
    private final NotificationParser parser;
    private final NotificationResponder responder;
    private final Inbox inbox;
    private final Rejections rejections;
    private final IngestMetrics metrics;
    private final WithdrawalDebits withdrawalDebits;

    public TrustlyIngest(Vertx vertx, NotificationParser parser, NotificationResponder responder, Inbox inbox,
            Rejections rejections, IngestMetrics metrics, WithdrawalDebits withdrawalDebits) {
        // One thread per core: verifying and signing are pure CPU work, and more threads than cores would
        // only time-slice them, stretching every request's latency and adding context switches.
        this.crypto = vertx.createSharedWorkerExecutor("trustly-signatures", Runtime.getRuntime().availableProcessors());
        this.parser = parser;
        this.responder = responder;
        this.inbox = inbox;
        this.rejections = rejections;
        this.metrics = metrics;
        this.withdrawalDebits = withdrawalDebits;
    }

    /**
     * The signed reply to a notification body, once the notification is stored. Fails with a
     * {@link RejectedCallbackException} (recorded, nothing stored), a storage failure or an undecided withdrawal
     * debit (neither acknowledged).
     */
    public Uni<byte[]> ingest(byte[] body, String remoteAddress) {
        long started = System.nanoTime();
        Instant receivedAt = Instant.now();
        metrics.received(Psp.TRUSTLY);
        String bodySha256 = Sha256.hex(body);
        return crypto.executeBlocking(() -> verify(body, bodySha256), false)
                .onFailure(RejectedCallbackException.class).call(failure -> {
                    RejectedCallbackException rejected = (RejectedCallbackException) failure;
                    return rejections.record(Psp.TRUSTLY, rejected.reason(), bodySha256, remoteAddress);
                })
                .flatMap(notification -> WithdrawalDebits.concerns(notification)
                        ? withdrawalDebit(notification, body, bodySha256, receivedAt, started)
                        : store(notification, ReplyStatus.OK, body, bodySha256, receivedAt, started));
    }

    /**
     * A withdrawal's debit: a notification id seen before is answered as stored, without asking again; otherwise
     * payout-service decides, and its answer is stored (a concurrent copy that stored first wins) and signed.
     */
    private Uni<byte[]> withdrawalDebit(TrustlyNotification notification, byte[] body, String bodySha256,
            Instant receivedAt, long started) {
        return inbox.stored(Psp.TRUSTLY, TrustlyNormalizer.notificationId(notification))
                .flatMap(stored -> stored.isPresent() ? acknowledge(notification, stored.get(), started)
                        : withdrawalDebits.decide(notification)
                                .flatMap(status -> store(notification, status, body, bodySha256, receivedAt, started)));
    }

    private Uni<byte[]> store(TrustlyNotification notification, ReplyStatus status, byte[] body, String bodySha256,
            Instant receivedAt, long started) {
        return inbox.store(newNotification(notification, status, body, bodySha256),
                        inboxId -> TrustlyNormalizer.normalize(notification, inboxId, receivedAt))
                .flatMap(stored -> acknowledge(notification, stored, started));
    }

    private Uni<byte[]> acknowledge(TrustlyNotification notification, StoreOutcome stored, long started) {
        return crypto.executeBlocking(() -> reply(notification, stored), false)
                .invoke(() -> metrics.acknowledged(Psp.TRUSTLY, notification.method(), stored,
                        Duration.ofNanos(System.nanoTime() - started)));
    }

    private TrustlyNotification verify(byte[] body, String bodySha256) {
        try {
            JsonNode tree = StrictJson.parse(body);
            return parser.parse(tree);
        } catch (MalformedBodyException e) {
            throw new RejectedCallbackException(Psp.TRUSTLY, RejectionReason.MALFORMED, e.getMessage(), bodySha256);
        } catch (TrustlyNotificationException e) {
            RejectionReason reason = e.reason() == TrustlyNotificationException.Reason.BAD_SIGNATURE
                    ? RejectionReason.BAD_SIGNATURE : RejectionReason.MALFORMED;
            throw new RejectedCallbackException(Psp.TRUSTLY, reason, e.getMessage(), bodySha256);
        }
    }

    private static NewNotification newNotification(TrustlyNotification notification, ReplyStatus status, byte[] body,
            String bodySha256) {
        return new NewNotification(Psp.TRUSTLY, TrustlyNormalizer.notificationId(notification), notification.method(),
                notification.orderId(), TrustlyNormalizer.key(notification), body, bodySha256, status.name());
    }

    private byte[] reply(TrustlyNotification notification, StoreOutcome stored) {
        return JsonRpc.write(responder.reply(notification.method(), notification.uuid(),
                ReplyStatus.valueOf(stored.replyStatus())));
    }
}
