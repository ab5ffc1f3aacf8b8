package io.paybridge.sandbox.settlement;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** One settlement of one merchant: what it paid out per currency, under which bank reference, and its report. */
@Entity
@Table(name = "settlement")
public class Settlement extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "merchant_username", nullable = false)
    public String merchantUsername;

    /** The UTC day whose end is the cut-off: entries booked before the next midnight are in. */
    @Column(name = "settlement_date", nullable = false)
    public LocalDate settlementDate;

    /** The currency the run was limited to; null for all. */
    @Column(columnDefinition = "bpchar")
    public String currency;

    /** The 10-digit reference of the bank transfer; null when nothing was paid out. */
    @Column(name = "bank_withdrawal_id")
    public String bankWithdrawalId;

    /** Paid out per currency, minor units. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Long> totals = new TreeMap<>();

    @Column(name = "row_count", nullable = false)
    public int rowCount;

    /** The ViewAutomaticSettlementDetailsCSV (v1.2) report of this settlement, as produced. */
    @Column(nullable = false)
    public String report;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Override
    public String toString() {
        return "Settlement[" + id + ", " + merchantUsername + ", " + settlementDate + "]";
    }
}
