package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.notification.OrderNotices;
import io.paybridge.sandbox.account.BankAccount;
import io.paybridge.sandbox.ledger.Bookings;
import io.paybridge.sandbox.ledger.Reversals;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import static io.paybridge.sandbox.scenario.OrderMoves.move;

/** Deposit scenarios (reference §5.1, test case D1): what approval does now and the credit and debit steps after. */
@ApplicationScoped
public class DepositFlow {

    private final OrderNotices notices;
    private final Bookings bookings;
    private final Reversals reversals;
    private final Steps steps;
    private final ScenarioConfig config;

    public DepositFlow(OrderNotices notices, Bookings bookings, Reversals reversals, Steps steps, ScenarioConfig config) {
        this.notices = notices;
        this.bookings = bookings;
        this.reversals = reversals;
        this.steps = steps;
        this.config = config;
    }

    /** The end user approved {@code deposit} in the checkout, paying from {@code account}. */
    Uni<Void> approved(SandboxOrder deposit, Scenario scenario, BankAccount account) {
        return switch (scenario) {
            case D1 -> credit(deposit).call(() -> steps.after(deposit, StepKind.DEBIT, config.debitDelay()));
            case PENDING_CANCEL -> pending(deposit).call(() -> steps.after(deposit, StepKind.CANCEL, config.cancelDelay()));
            case DELAYED_CREDIT -> pending(deposit).call(() -> steps.after(deposit, StepKind.CREDIT, config.delayedCreditDelay()));
            case DEPOSIT_ACCOUNT -> notices.account(deposit, account, null)
                    .call(() -> pending(deposit))
                    .call(() -> steps.after(deposit, StepKind.CREDIT, config.creditDelay()))
                    .replaceWithVoid();
            case DEPOSIT_NORMAL -> pending(deposit).call(() -> steps.after(deposit, StepKind.CREDIT, config.creditDelay()));
            default -> throw new IllegalArgumentException(scenario + " is no deposit scenario");
        };
    }

    /** The money arrived: CREDITED, amount in and fee out, credit notification. */
    Uni<Void> credit(SandboxOrder deposit) {
        return move(deposit, OrderState.CREDITED)
                .call(bookings::depositCredited)
                .call(() -> notices.credit(deposit, deposit))
                .replaceWithVoid();
    }

    /** The deposit did not settle after all: DEBITED, amount out again, debit notification (the merchant's answer is only recorded). */
    Uni<Void> debit(SandboxOrder deposit) {
        return move(deposit, OrderState.DEBITED)
                .call(reversals::depositDebited)
                .call(notices::debit)
                .replaceWithVoid();
    }

    private Uni<Void> pending(SandboxOrder deposit) {
        return move(deposit, OrderState.PENDING).call(notices::pending).replaceWithVoid();
    }
}
