package io.paybridge.sandbox.notification;

import io.smallrye.mutiny.Uni;

/**
 * Told, inside the transaction that marks it delivered, that a notification got its final answer:
 * a reply can have consequences (a withdrawal's debit answered OK or FAILED). Called once per
 * notification, never for duplicate copies.
 */
public interface DeliveryListener {

    /** {@code notification} was answered with {@code status} (OK, or FAILED for a debit). */
    Uni<Void> delivered(Notification notification, String status);
}
