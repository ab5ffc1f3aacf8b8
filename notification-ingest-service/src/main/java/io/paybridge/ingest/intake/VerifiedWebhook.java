package io.paybridge.ingest.intake;

import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import org.apache.avro.specific.SpecificRecord;

/**
 * A webhook that passed its PSP's checks: the ids the inbox stores it under and how to build the
 * record that publishes it.
 *
 * @param pspOrderId the PSP's order or transaction id, or null when the webhook names none
 * @param key the Kafka key of the published record
 * @param record builds the published record from the inbox id and the time the webhook arrived
 */
public record VerifiedWebhook(String notificationId, String method, String pspOrderId, String key,
        BiFunction<UUID, Instant, ? extends SpecificRecord> record) {
}
