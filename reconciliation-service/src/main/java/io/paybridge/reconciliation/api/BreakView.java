package io.paybridge.reconciliation.api;

import io.paybridge.reconciliation.api.persistence.BreakRecord;
import java.time.Instant;
import java.util.UUID;

/**
 * A break in a statement: its class, the order and payment it concerns, the expected and the reported amount (minor
 * units and decimal string; either side may be absent), the movement and the report row (report id and row number, 1
 * for the first data row) behind it, and its life across
 * runs.
 */
public record BreakView(UUID breakId, String breakClass, String pspOrderId, String orderType, String paymentReference,
        String correlationId, Long expectedMinor, String expected, String expectedCurrency, Long actualMinor, String actual,
        String actualCurrency, Long movementId, Long reportId, Integer reportRowNumber,
        UUID openedRunId, UUID lastSeenRunId, UUID closedRunId,
        Instant openedAt, Instant closedAt, String resolution) {

    static BreakView of(BreakRecord found) {
        return new BreakView(found.id(), found.breakClass(), found.pspOrderId(), found.orderType(), found.paymentReference(),
                found.correlationId(), found.expectedMinor(), Decimals.of(found.expectedMinor(), found.expectedCurrency()),
                found.expectedCurrency(), found.actualMinor(), Decimals.of(found.actualMinor(), found.actualCurrency()),
                found.actualCurrency(), found.movementId(), found.reportId(), found.reportRowNumber(),
                found.openedRunId(), found.lastSeenRunId(),
                found.closedRunId(), found.openedAt(), found.closedAt(), found.resolution());
    }
}
