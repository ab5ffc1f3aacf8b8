package io.paybridge.checkout.deposit.domain;

import io.paybridge.checkout.deposit.domain.DepositTransition.Outcome;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies inputs to a deposit so that its final state depends only on which inputs arrived, never on their order.
 *
 * <p>The strongest fact seen decides the status: CREDIT and DEBIT both seen gives DEBITED (the money came and went
 * back); else CREDIT gives CREDITED (even after a CANCEL or EXPIRY: a late credit is never lost); else CANCEL gives
 * CANCELLED; else PENDING gives PENDING; else EXPIRY gives EXPIRED; else CREATED. A DEBIT before any CREDIT leaves
 * the status alone and is held; the CREDIT then enters CREDITED and DEBITED in one transition.
 */
public final class DepositStateMachine {

    /** The status each status moves to on an input; an input missing from a row changes no status. */
    private static final Map<DepositStatus, Map<DepositInput, DepositStatus>> CHANGES =
            Collections.unmodifiableMap(new EnumMap<>(Map.of(
                    DepositStatus.CREATED, Map.of(
                            DepositInput.PENDING, DepositStatus.PENDING,
                            DepositInput.CREDIT, DepositStatus.CREDITED,
                            DepositInput.CANCEL, DepositStatus.CANCELLED,
                            DepositInput.EXPIRY, DepositStatus.EXPIRED),
                    DepositStatus.PENDING, Map.of(
                            DepositInput.CREDIT, DepositStatus.CREDITED,
                            DepositInput.CANCEL, DepositStatus.CANCELLED),
                    DepositStatus.CREDITED, Map.of(
                            DepositInput.DEBIT, DepositStatus.DEBITED),
                    DepositStatus.DEBITED, Map.of(),
                    DepositStatus.CANCELLED, Map.of(
                            DepositInput.CREDIT, DepositStatus.CREDITED),
                    DepositStatus.EXPIRED, Map.of(
                            DepositInput.PENDING, DepositStatus.PENDING,
                            DepositInput.CREDIT, DepositStatus.CREDITED,
                            DepositInput.CANCEL, DepositStatus.CANCELLED))));

    private DepositStateMachine() {
    }

    /** The transition one input causes from a state; late, repeated or redundant inputs come back IGNORED. */
    public static DepositTransition apply(DepositState from, DepositInput input) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(input, "input");
        DepositStatus target = CHANGES.get(from.status()).get(input);
        if (target != null) {
            return enter(from, input, target);
        }
        if (input == DepositInput.DEBIT && awaitsCredit(from.status()) && !from.debitHeld()) {
            return new DepositTransition(from, input, new DepositState(from.status(), true), List.of(), Outcome.HELD);
        }
        return new DepositTransition(from, input, from, List.of(), Outcome.IGNORED);
    }

    /** The state after the inputs, applied in order from {@link DepositState#initial()}. */
    public static DepositState replay(List<DepositInput> inputs) {
        DepositState state = DepositState.initial();
        for (DepositInput input : inputs) {
            state = apply(state, input).to();
        }
        return state;
    }

    private static DepositTransition enter(DepositState from, DepositInput input, DepositStatus target) {
        DepositStatus reversed = CHANGES.get(target).get(DepositInput.DEBIT);
        if (from.debitHeld() && reversed != null) {
            return new DepositTransition(
                    from, input, new DepositState(reversed, false), List.of(target, reversed), Outcome.APPLIED);
        }
        return new DepositTransition(
                from, input, new DepositState(target, from.debitHeld()), List.of(target), Outcome.APPLIED);
    }

    private static boolean awaitsCredit(DepositStatus status) {
        return CHANGES.get(status).containsKey(DepositInput.CREDIT);
    }
}
