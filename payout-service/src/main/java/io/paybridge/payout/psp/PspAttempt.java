package io.paybridge.payout.psp;

import io.paybridge.support.problem.ProblemException;

/**
 * What one call to the PSP came to, as money-out needs to know it: an answer, a definite refusal (the PSP did
 * nothing), no trustworthy answer (it may have acted: resend the identical request with the same UUID, never a new
 * one), or not sent at all (the circuit is open).
 */
public sealed interface PspAttempt<R> {

    /** The PSP answered; {@code result} is its verified, typed answer (a rejection such as {@code result "0"} included). */
    record Answered<R>(R result) implements PspAttempt<R> {
    }

    /**
     * The PSP refused the request with an error that means nothing was done, or it never passed local validation.
     * {@code problem} is what the API answers; {@code errorCode} and {@code errorMessage} are the PSP's (e.g. 616,
     * ERROR_INVALID_CREDENTIALS), for events and records.
     */
    record Refused<R>(String errorCode, String errorMessage, ProblemException problem) implements PspAttempt<R> {
    }

    /** No trustworthy answer: timeout, dropped connection, unverifiable reply, 620 ERROR_UNKNOWN. */
    record Unanswered<R>(String reason) implements PspAttempt<R> {
    }

    /** Nothing was sent: calls are paused after repeated failures. */
    record NotSent<R>(String reason) implements PspAttempt<R> {
    }
}
