package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Applies one scenario step to its (locked) order, or skips it when the order can no longer make that move. */
@ApplicationScoped
public class StepRunner {

    private final DepositFlow deposits;
    private final WithdrawFlow withdrawals;
    private final SelectAccountFlow accountSelections;
    private final OrderMoves moves;

    public StepRunner(DepositFlow deposits, WithdrawFlow withdrawals, SelectAccountFlow accountSelections, OrderMoves moves) {
        this.deposits = deposits;
        this.withdrawals = withdrawals;
        this.accountSelections = accountSelections;
        this.moves = moves;
    }

    /** Runs {@code kind} on {@code order}; the outcome says what happened. */
    Uni<String> run(StepKind kind, SandboxOrder order) {
        if (order == null) {
            return Uni.createFrom().item("skipped: the order is gone");
        }
        if (!order.state.canMove(order.kind, kind.target())) {
            return Uni.createFrom().item("skipped: order is " + order.state);
        }
        Uni<Void> applied = switch (kind) {
            case CREDIT -> deposits.credit(order);
            case DEBIT -> deposits.debit(order);
            case CANCEL -> moves.cancel(order);
            case ACTIVATE_MANDATE -> accountSelections.activateMandate(order);
            case SEND_WITHDRAWAL -> withdrawals.send(order);
            case RETURN_WITHDRAWAL -> withdrawals.returned(order);
        };
        return applied.replaceWith("done");
    }
}
