package io.paybridge.checkout.deposit.domain;

import java.util.List;
import java.util.Objects;

/**
 * The result of one input applied to a deposit: the state it leads to and the statuses entered on the way,
 * in order, each of which the service publishes as an event.
 */
public record DepositTransition(
        DepositState from, DepositInput input, DepositState to, List<DepositStatus> entered, Outcome outcome) {

    /** What an input did to the deposit. */
    public enum Outcome {
        /** At least one status was entered. */
        APPLIED,
        /** A DEBIT arrived before its CREDIT and is kept until the credit comes; no status was entered. */
        HELD,
        /** A late or repeated input that changes nothing; the service records it and never applies it. */
        IGNORED
    }

    public DepositTransition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(outcome, "outcome");
        entered = List.copyOf(entered);
        if ((outcome == Outcome.APPLIED) == entered.isEmpty()) {
            throw new IllegalArgumentException(outcome + " with entered " + entered);
        }
        if (outcome == Outcome.HELD && (from.debitHeld() || !to.equals(new DepositState(from.status(), true)))) {
            throw new IllegalArgumentException("HELD from " + from + " to " + to);
        }
        if (outcome == Outcome.IGNORED && !to.equals(from)) {
            throw new IllegalArgumentException("IGNORED from " + from + " to " + to);
        }
    }
}
