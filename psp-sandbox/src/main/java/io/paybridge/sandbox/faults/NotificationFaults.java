package io.paybridge.sandbox.faults;

/**
 * Faults of notification delivery: {@code shuffle} delivers an order's due notifications in random
 * order; {@code duplicate} sends each notification twice one after the other; {@code concurrentDuplicates}
 * sends two copies at the same moment; {@code delayMs} holds every notification back that long.
 */
public record NotificationFaults(boolean shuffle, boolean duplicate, boolean concurrentDuplicates, long delayMs) {

    public static final NotificationFaults NONE = new NotificationFaults(false, false, false, 0);
}
