package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.notification.OrderNotices;
import io.paybridge.sandbox.account.BankAccount;
import io.paybridge.sandbox.account.BankAccounts;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import static io.paybridge.sandbox.scenario.OrderMoves.move;

/**
 * SelectAccount scenarios (reference §5.5): an account notification; with
 * {@code RequestDirectDebitMandate=1} it says directdebitmandate "0" (sent for approval), and later
 * a second one says "1" and the account's mandate is active – or, mandate-rejected, a cancel follows.
 */
@ApplicationScoped
public class SelectAccountFlow {

    private final OrderNotices notices;
    private final BankAccounts accounts;
    private final Steps steps;
    private final ScenarioConfig config;

    public SelectAccountFlow(OrderNotices notices, BankAccounts accounts, Steps steps, ScenarioConfig config) {
        this.notices = notices;
        this.accounts = accounts;
        this.steps = steps;
        this.config = config;
    }

    /** The end user selected {@code account} in the checkout. */
    Uni<Void> approved(SandboxOrder order, Scenario scenario, BankAccount account) {
        if (!Scenario.mandateRequested(order)) {
            return move(order, OrderState.ACCOUNT_SELECTED).call(() -> notices.account(order, account, null)).replaceWithVoid();
        }
        boolean rejected = scenario == Scenario.MANDATE_REJECTED;
        return move(order, OrderState.PENDING)
                .call(() -> notices.account(order, account, "0"))
                .call(() -> rejected
                        ? steps.after(order, StepKind.CANCEL, config.cancelDelay())
                        : steps.after(order, StepKind.ACTIVATE_MANDATE, config.mandateDelay()))
                .replaceWithVoid();
    }

    /** The end user's bank approved the mandate: MANDATE_ACTIVE, account notification with directdebitmandate "1". */
    Uni<Void> activateMandate(SandboxOrder order) {
        return move(order, OrderState.MANDATE_ACTIVE)
                .flatMap(moved -> BankAccount.<BankAccount>findById(order.accountId))
                .flatMap(account -> accounts.setMandate(account, true))
                .call(account -> notices.account(order, account, "1"))
                .replaceWithVoid();
    }
}
