package io.paybridge.reconciliation.report;

import io.paybridge.support.problem.Problem;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import io.paybridge.trustly.api.report.SettlementCsvException;

import java.util.List;

/** The problems of report ingestion, answered as problem+json by service-support's mapper. */
public final class ReportProblems {

    /** The report is not a valid v1.2 settlement report; the detail names the row and the column. */
    public static final ProblemType INVALID_REPORT = ProblemType.of("invalid-settlement-report", "Invalid settlement report", 422);
    /** The PSP did not answer a report request, or answered with an error. */
    public static final ProblemType PSP_FAILED = ProblemType.of("psp-report-unavailable", "The PSP's report is unavailable", 502);

    private ReportProblems() {
    }

    /**
     * The report's fault as a problem: the detail is the reader's message ("settlement report row 3: amount has more
     * decimals than its currency's 2"); the error names the column (or {@code row} / {@code header} when the row or
     * the header as a whole is at fault) and says the row.
     */
    public static ProblemException invalid(SettlementCsvException fault) {
        String name = fault.column() != null ? fault.column() : fault.rowNumber() == 0 ? "header" : "row";
        String reason = (fault.rowNumber() == 0 ? "header: " : "row " + fault.rowNumber() + ": ") + fault.problem();
        return new ProblemException(INVALID_REPORT, fault.getMessage(), List.of(new Problem.InvalidParam(name, reason)));
    }

    /** A report larger than allowed. */
    public static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "a settlement report may have at most " + maxBytes + " bytes");
    }

    /** The PSP call of {@code method} failed; the detail says which, never the PSP's words (they may hold data). */
    public static ProblemException pspFailed(String method) {
        return new ProblemException(PSP_FAILED, method + " failed at the PSP; try the pull again later");
    }
}
