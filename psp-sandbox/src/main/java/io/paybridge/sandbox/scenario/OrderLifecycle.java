package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.account.BankAccounts;
import io.paybridge.sandbox.order.IllegalOrderTransitionException;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.util.List;

/**
 * What an end user (checkout page) or a test (admin API) does to an order: approve it with a
 * scenario, or cancel it; and what the checkout's timeout does: expire it. Each call is one
 * transaction (joining the caller's, if any) holding the order's row lock: state change,
 * notifications, ledger bookings and later steps commit together or not at all.
 */
@ApplicationScoped
public class OrderLifecycle {

    private final DepositFlow deposits;
    private final WithdrawFlow withdrawals;
    private final SelectAccountFlow accountSelections;
    private final ReturnFlow returns;
    private final BankAccounts accounts;
    private final OrderMoves moves;
    private final Clock clock;

    public OrderLifecycle(DepositFlow deposits, WithdrawFlow withdrawals, SelectAccountFlow accountSelections,
            ReturnFlow returns, BankAccounts accounts, OrderMoves moves, Clock clock) {
        this.deposits = deposits;
        this.withdrawals = withdrawals;
        this.accountSelections = accountSelections;
        this.returns = returns;
        this.accounts = accounts;
        this.moves = moves;
        this.clock = clock;
    }

    /**
     * Approves the order: a checkout order (Deposit, Withdraw, SelectAccount) as the end user would,
     * a Refund or AccountPayout by making it fail (refund-fails, payout-returned). 404 unknown order,
     * 400 unknown scenario, bank or amount, 409 wrong state or already approved, 410 expired checkout.
     */
    @WithTransaction
    public Uni<OrderStatus> approve(long orderId, ApproveCommand command) {
        return locked(orderId).flatMap(order -> {
            Scenario scenario = scenario(order, command.scenario());
            if (Scenario.hasCheckout(order.kind)) {
                requireOpenCheckout(order);
            }
            order.testCase = scenario.label();
            return switch (order.kind) {
                case DEPOSIT, WITHDRAW, SELECT_ACCOUNT -> approveCheckout(order, scenario, command);
                case REFUND -> parentOf(order).flatMap(deposit -> returns.refundFailed(order, deposit));
                case ACCOUNT_PAYOUT -> returns.payoutReturned(order);
                case CHARGE -> throw new IllegalStateException("charges have no scenario");
            };
        }).onFailure(IllegalOrderTransitionException.class).transform(e -> OrderProblems.conflict(e.getMessage()))
                .flatMap(ignored -> status(orderId));
    }

    /** The end user closed the checkout: CANCELLED and a cancel notification. 404, 409 (not open, already approved), 410. */
    @WithTransaction
    public Uni<OrderStatus> cancel(long orderId) {
        return locked(orderId).flatMap(order -> {
            requireOpenCheckout(order);
            return moves.cancel(order);
        }).flatMap(ignored -> status(orderId));
    }

    /** Expires the order if it is an unused checkout past its expiry; true when it did. */
    @WithTransaction
    public Uni<Boolean> expireIfDue(long orderId) {
        return SandboxOrder.<SandboxOrder>findById(orderId, LockModeType.PESSIMISTIC_WRITE).flatMap(order ->
                order != null && Scenario.hasCheckout(order.kind) && order.state == OrderState.CREATED && order.testCase == null
                        && isExpired(order)
                        ? moves.expire(order).replaceWith(true)
                        : Uni.createFrom().item(false));
    }

    /** True when the checkout url of the order ran out (by the sandbox's clock, which also set the expiry). */
    public boolean isExpired(SandboxOrder order) {
        return order.expiresAt != null && clock.instant().isAfter(order.expiresAt);
    }

    private Uni<Void> approveCheckout(SandboxOrder order, Scenario scenario, ApproveCommand command) {
        TestBank bank = bank(order, command.bank());
        if (order.kind != OrderKind.SELECT_ACCOUNT) {
            order.amountMinor = ChosenAmount.of(order, command.amount());
        }
        String endUser = order.endUserId == null ? "" : order.endUserId;
        return accounts.register(order.merchantUsername, endUser, bank.accountOf(order.merchantUsername, endUser)).flatMap(account -> {
            order.accountId = account.accountId;
            return switch (order.kind) {
                case DEPOSIT -> deposits.approved(order, scenario, account);
                case WITHDRAW -> withdrawals.approved(order);
                default -> accountSelections.approved(order, scenario, account);
            };
        });
    }

    private void requireOpenCheckout(SandboxOrder order) {
        if (!Scenario.hasCheckout(order.kind)) {
            throw OrderProblems.conflict(order.kind.method() + " orders have no checkout");
        }
        if (order.state == OrderState.EXPIRED) {
            throw OrderProblems.expired(order.orderId);
        }
        if (order.state != OrderState.CREATED) {
            throw OrderProblems.conflict("order " + order.orderId + " is " + order.state + ", no longer open");
        }
        if (order.testCase != null) {
            // a withdrawal waits in CREATED for the merchant's answer to its debit
            throw OrderProblems.conflict("order " + order.orderId + " was approved already (" + order.testCase + ")");
        }
        if (isExpired(order)) {
            throw OrderProblems.expired(order.orderId);
        }
    }

    private static TestBank bank(SandboxOrder order, String bankId) {
        if (bankId == null || bankId.isBlank()) {
            return TestBank.defaultFor(order.attributes == null ? null : order.attributes.path("Country").asText(null));
        }
        return TestBank.byId(bankId).orElseThrow(() -> ProblemException.invalid("bank", "unknown bank; one of "
                + TestBank.ALL.stream().map(TestBank::id).toList()));
    }

    private static Uni<SandboxOrder> parentOf(SandboxOrder refund) {
        if (refund.parentOrderId == null) {
            throw OrderProblems.conflict("refund " + refund.orderId + " has no deposit");
        }
        return SandboxOrder.findById(refund.parentOrderId);
    }

    private static Uni<SandboxOrder> locked(long orderId) {
        return SandboxOrder.<SandboxOrder>findById(orderId, LockModeType.PESSIMISTIC_WRITE).map(order -> {
            if (order == null) {
                throw OrderProblems.notFound(Long.toString(orderId));
            }
            return order;
        });
    }

    private static Uni<OrderStatus> status(long orderId) {
        return SandboxOrder.<SandboxOrder>findById(orderId).map(OrderStatus::of);
    }

    private static Scenario scenario(SandboxOrder order, String label) {
        List<Scenario> options = Scenario.optionsFor(order);
        if (options.isEmpty()) {
            throw OrderProblems.conflict(order.kind.method() + " orders are not approved by hand");
        }
        return Scenario.of(order, label).orElseThrow(() -> ProblemException.invalid("scenario", "not a scenario of "
                + order.kind.method() + " orders; one of " + options.stream().map(Scenario::label).toList()));
    }
}
