package io.paybridge.payout.withdrawal.messaging;

import io.paybridge.contracts.payments.v1.WithdrawalApproved;
import io.paybridge.contracts.payments.v1.WithdrawalCancelled;
import io.paybridge.contracts.payments.v1.WithdrawalConfirmed;
import io.paybridge.contracts.payments.v1.WithdrawalDebited;
import io.paybridge.contracts.payments.v1.WithdrawalDenied;
import io.paybridge.contracts.payments.v1.WithdrawalRequested;
import io.paybridge.contracts.payments.v1.WithdrawalReturned;
import io.paybridge.payout.withdrawal.domain.WithdrawalInput;
import io.paybridge.payout.withdrawal.persistence.Withdrawal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;

/**
 * The {@code payments.events.v1} records of a withdrawal, keyed and referenced by its withdrawal id: one when it is
 * requested, and one per status it reaches (none for APPROVING and DENYING, whose outcome is not known yet).
 */
public final class WithdrawalEvents {

    private WithdrawalEvents() {
    }

    /** The PSP accepted Withdraw. */
    public static SpecificRecord requested(Withdrawal withdrawal) {
        return WithdrawalRequested.newBuilder()
                .setEventId(eventId()).setOccurredAt(now())
                .setPaymentReference(withdrawal.withdrawalId).setCorrelationId(withdrawal.correlationId)
                .setPspOrderId(withdrawal.pspOrderId)
                .setCurrency(withdrawal.currency)
                .build();
    }

    /**
     * The record of the status {@code withdrawal} just reached through {@code cause}, caused by notification
     * {@code notificationId} (null when an API answer caused it) with {@code amountMinor} (null when the notification
     * had none: the withdrawal's amount is used) and the PSP's {@code reason} (a cancel's). A refused decision only
     * returns a withdrawal to DEBITED: no record.
     */
    public static Optional<SpecificRecord> reached(Withdrawal withdrawal, WithdrawalInput cause, String notificationId,
            Long amountMinor, String reason) {
        if (cause == WithdrawalInput.DECISION_REFUSED) {
            return Optional.empty();
        }
        long amount = amountMinor != null ? amountMinor : withdrawal.amountMinor != null ? withdrawal.amountMinor : 0L;
        String id = eventId();
        Instant at = now();
        String reference = withdrawal.withdrawalId;
        String correlation = withdrawal.correlationId;
        return Optional.ofNullable(switch (withdrawal.status) {
            case DEBITED -> WithdrawalDebited.newBuilder().setEventId(id).setOccurredAt(at).setPaymentReference(reference)
                    .setCorrelationId(correlation).setPspOrderId(withdrawal.pspOrderId).setNotificationId(notificationId)
                    .setAmount(amount).setCurrency(withdrawal.currency).build();
            case APPROVED -> WithdrawalApproved.newBuilder().setEventId(id).setOccurredAt(at).setPaymentReference(reference)
                    .setCorrelationId(correlation).setPspOrderId(withdrawal.pspOrderId).build();
            case DENIED -> WithdrawalDenied.newBuilder().setEventId(id).setOccurredAt(at).setPaymentReference(reference)
                    .setCorrelationId(correlation).setPspOrderId(withdrawal.pspOrderId).setReason(reason).build();
            case CONFIRMED -> WithdrawalConfirmed.newBuilder().setEventId(id).setOccurredAt(at).setPaymentReference(reference)
                    .setCorrelationId(correlation).setPspOrderId(withdrawal.pspOrderId).setNotificationId(notificationId)
                    .setAmount(amount).setCurrency(withdrawal.currency).build();
            case CANCELLED -> WithdrawalCancelled.newBuilder().setEventId(id).setOccurredAt(at).setPaymentReference(reference)
                    .setCorrelationId(correlation).setPspOrderId(withdrawal.pspOrderId).setNotificationId(notificationId)
                    .setReason(reason).build();
            case RETURNED -> WithdrawalReturned.newBuilder().setEventId(id).setOccurredAt(at).setPaymentReference(reference)
                    .setCorrelationId(correlation).setPspOrderId(withdrawal.pspOrderId)
                    .setNotificationId(notificationId == null ? "" : notificationId)
                    .setAmount(amount).setCurrency(withdrawal.currency).build();
            case CREATED, APPROVING, DENYING -> null;
        });
    }

    private static String eventId() {
        return UUID.randomUUID().toString();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
