package io.paybridge.payout.accountpayout.messaging;

import io.paybridge.contracts.payments.v1.PayoutAccepted;
import io.paybridge.contracts.payments.v1.PayoutConfirmed;
import io.paybridge.contracts.payments.v1.PayoutFailed;
import io.paybridge.contracts.payments.v1.PayoutFailureStage;
import io.paybridge.contracts.payments.v1.PayoutRequested;
import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.payout.accountpayout.persistence.Payout;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;

/**
 * The public events of an account payout ({@code payments.events.v1}, keyed by the payout id). A payout turned down
 * at approval is published as PayoutFailed at stage REJECTED with errorCode {@value #APPROVAL_REJECTED}: the
 * contracts have no approval events, and consumers must learn that the payout ended.
 */
public final class PayoutEvents {

    /** The failure code of a payout turned down at four-eyes approval (never a PSP code). */
    public static final String APPROVAL_REJECTED = "APPROVAL_REJECTED";

    private PayoutEvents() {
    }

    /** PayoutRequested: recorded, whether it is sent at once or waits for approval. */
    public static SpecificRecord requested(Payout payout) {
        return PayoutRequested.newBuilder().setEventId(id()).setOccurredAt(now()).setPaymentReference(payout.payoutId)
                .setCorrelationId(payout.correlationId).setAccountId(payout.accountId).setAmount(payout.amountMinor)
                .setCurrency(payout.currency).build();
    }

    /** The event of entering {@code status}, if that status has one (UNKNOWN and REQUESTED are internal). */
    public static Optional<SpecificRecord> entered(PayoutStatus status, Payout payout, String notificationId) {
        return switch (status) {
            case ACCEPTED -> Optional.of(PayoutAccepted.newBuilder().setEventId(id()).setOccurredAt(now())
                    .setPaymentReference(payout.payoutId).setCorrelationId(payout.correlationId)
                    .setPspOrderId(payout.pspOrderId).build());
            case CONFIRMED -> Optional.of(PayoutConfirmed.newBuilder().setEventId(id()).setOccurredAt(now())
                    .setPaymentReference(payout.payoutId).setCorrelationId(payout.correlationId)
                    .setPspOrderId(payout.pspOrderId).setNotificationId(notificationId).setAmount(payout.amountMinor)
                    .setCurrency(payout.currency).build());
            case FAILED, REJECTED -> Optional.of(PayoutFailed.newBuilder().setEventId(id()).setOccurredAt(now())
                    .setPaymentReference(payout.payoutId).setCorrelationId(payout.correlationId)
                    .setPspOrderId(payout.pspOrderId)
                    .setStage(status == PayoutStatus.REJECTED ? PayoutFailureStage.REJECTED
                            : PayoutFailureStage.valueOf(payout.failureStage.name()))
                    .setErrorCode(payout.failureCode).setErrorMessage(payout.failureMessage).build());
            case AWAITING_APPROVAL, REQUESTED, UNKNOWN -> Optional.empty();
        };
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
