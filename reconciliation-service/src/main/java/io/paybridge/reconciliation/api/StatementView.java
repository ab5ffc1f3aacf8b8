package io.paybridge.reconciliation.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.paybridge.reconciliation.api.persistence.AmountLine;
import io.paybridge.reconciliation.api.persistence.BatchCheckRecord;
import io.paybridge.reconciliation.api.persistence.ResidualRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A run's statement: the report it reconciled; counts and sums per match class and currency; the fee and FX legs; the
 * residual per currency ({@code balanced} when every one is zero); the check of each settlement batch; and its breaks
 * as new, persisting and resolved. Amounts are signed minor units ({@code ...Minor}) and the same as exact decimal
 * strings.
 */
public record StatementView(UUID reconciliationId, long reportId, String source, LocalDate settlementDate, String status,
        Instant startedAt, Instant finishedAt, int rowCount, boolean balanced, List<ClassTotal> totals, List<Leg> legs,
        List<Residual> residuals, List<BatchCheck> batchChecks, Breaks breaks) {

    /** How many movements or rows a match class has in one currency, and their sum. */
    public record ClassTotal(String matchClass, String currency, long count, long amountMinor, String amount) {

        static ClassTotal of(AmountLine line) {
            return new ClassTotal(line.kind(), line.currency(), line.count(), line.amountMinor(),
                    Decimals.of(line.amountMinor(), line.currency()));
        }
    }

    /** The fee or FX rows of one order type in one currency: an explicit leg, never a tolerance. */
    public record Leg(String orderType, String currency, long count, long amountMinor, String amount) {

        static Leg of(AmountLine line) {
            return new Leg(line.kind(), line.currency(), line.count(), line.amountMinor(),
                    Decimals.of(line.amountMinor(), line.currency()));
        }
    }

    /** reported − expected − legs in one currency: zero when every difference is explained. */
    public record Residual(String currency, long reportedMinor, String reported, long expectedMinor, String expected,
            long legsMinor, String legs, long residualMinor, String residual) {

        static Residual of(ResidualRecord found) {
            String currency = found.currency();
            return new Residual(currency, found.reportedMinor(), Decimals.of(found.reportedMinor(), currency),
                    found.expectedMinor(), Decimals.of(found.expectedMinor(), currency), found.legsMinor(),
                    Decimals.of(found.legsMinor(), currency), found.residualMinor(), Decimals.of(found.residualMinor(), currency));
        }
    }

    /**
     * One settlement batch in one currency: its rows' sum, the report's {@code total}, the bank transfer (null when none
     * was found), whether they agree and, if not, why.
     */
    public record BatchCheck(String settlementBankWithdrawalId, String currency, long rowsSumMinor, String rowsSum,
            Long reportTotalMinor, String reportTotal, Long transferMinor, String transfer, boolean ok, String reason) {

        static BatchCheck of(BatchCheckRecord found) {
            String currency = found.currency();
            return new BatchCheck(found.settlementBankWithdrawalId(), currency, found.rowsSumMinor(),
                    Decimals.of(found.rowsSumMinor(), currency), found.reportTotalMinor(),
                    Decimals.of(found.reportTotalMinor(), currency), found.transferMinor(),
                    Decimals.of(found.transferMinor(), currency), found.ok(), found.reason());
        }
    }

    /**
     * The run's breaks: opened by it ({@code new}), open from an earlier run and seen again ({@code persisting}), closed
     * by it ({@code resolved}); each lists at most {@link ReconciliationResource#BREAKS_LISTED} and counts them all,
     * and {@code csv} has every one.
     */
    public record Breaks(@JsonProperty("new") BreakList opened, BreakList persisting, BreakList resolved, String csv) {
    }

    /** How many breaks a section has, and the first of them by class, payment reference and id. */
    public record BreakList(long count, List<BreakView> items) {
    }
}
