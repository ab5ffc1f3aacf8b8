package io.paybridge.reconciliation.api.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * A break as one run's statement shows it: its section in that run, class, the order and payment it concerns, the
 * expected and the reported amount (either may be absent), the movement and the report row (report id, row number)
 * behind it, and its life across
 * runs (opened, last seen, closed, resolution).
 */
public record BreakRecord(UUID id, BreakSection section, String breakClass, String pspOrderId, String orderType,
        String paymentReference, String correlationId, Long expectedMinor, String expectedCurrency, Long actualMinor,
        String actualCurrency, Long movementId, Long reportId, Integer reportRowNumber,
        UUID openedRunId, UUID lastSeenRunId, UUID closedRunId,
        Instant openedAt, Instant closedAt, String resolution) {
}
