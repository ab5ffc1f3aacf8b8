package io.paybridge.payout.accountpayout.domain;

/** Where a FAILED account payout failed. */
public enum FailureStage {
    /** The PSP refused it when asked ({@code result "0"} or a verified error): no money moved. */
    REJECTED,
    /** The PSP accepted it but could not send it (payoutfailed, cancel). */
    PAYOUT_FAILED,
    /** It was sent and the money came back (a credit on the payout's order). */
    RETURNED
}
