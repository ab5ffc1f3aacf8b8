package io.paybridge.reconciliation.api.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A reconciliation run as stored, with the report it reconciled (where it came from and how many rows it had). */
public record RunRecord(UUID id, long reportId, String source, LocalDate settlementDate, String status, Instant startedAt,
        Instant finishedAt, int rowCount) {
}
