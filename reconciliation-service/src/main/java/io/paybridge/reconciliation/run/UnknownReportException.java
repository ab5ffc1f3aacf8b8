package io.paybridge.reconciliation.run;

/** A run was asked for a settlement report that is not stored. */
public class UnknownReportException extends RuntimeException {

    public UnknownReportException(long reportId) {
        super("settlement report " + reportId + " does not exist");
    }
}
