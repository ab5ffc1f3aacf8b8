package io.paybridge.sandbox.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.SandboxOrder;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What happens when an order is approved (reference §5, §6): Trustly's acceptance test cases and the
 * sandbox's own failure paths, by order kind. Names are what the checkout's "Set order options" and
 * {@code POST /sandbox/orders/{orderid}/approve} accept; the first of a kind is its default.
 */
public enum Scenario {
    DEPOSIT_NORMAL(OrderKind.DEPOSIT, "normal", "Pending now, credit shortly after"),
    D1(OrderKind.DEPOSIT, "D1", "Complete the order but fail and debit immediately after crediting"),
    PENDING_CANCEL(OrderKind.DEPOSIT, "pending-cancel", "Pending, then cancel: the money never arrives"),
    DELAYED_CREDIT(OrderKind.DEPOSIT, "delayed-credit", "Pending now, credit much later"),
    DEPOSIT_ACCOUNT(OrderKind.DEPOSIT, "account", "Account notification, pending, then credit"),
    WITHDRAW_NORMAL(OrderKind.WITHDRAW, "normal", "Debit; answered OK the money is sent, FAILED the order is cancelled"),
    W1(OrderKind.WITHDRAW, "W1", "Debit; answered OK the money is sent and later returned with a credit"),
    WITHDRAW_RETURNED(OrderKind.WITHDRAW, "withdraw-returned", "Same as W1"),
    SELECT_ACCOUNT_NORMAL(OrderKind.SELECT_ACCOUNT, "normal",
            "Account selected; with RequestDirectDebitMandate=1 the mandate is sent for approval, then activated"),
    MANDATE_REJECTED(OrderKind.SELECT_ACCOUNT, "mandate-rejected",
            "Mandate sent for approval, then not approved: cancel (only with RequestDirectDebitMandate=1)"),
    REFUND_FAILS(OrderKind.REFUND, "refund-fails", "The refund fails: a credit of the refund amount on the deposit"),
    PAYOUT_RETURNED(OrderKind.ACCOUNT_PAYOUT, "payout-returned", "The payout comes back: a credit of the payout amount");

    private final OrderKind kind;
    private final String label;
    private final String description;

    Scenario(OrderKind kind, String label, String description) {
        this.kind = kind;
        this.label = label;
        this.description = description;
    }

    /** The name callers use. */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public OrderKind kind() {
        return kind;
    }

    /** The scenarios an order can be approved with, default first. */
    public static List<Scenario> optionsFor(SandboxOrder order) {
        return Arrays.stream(values())
                .filter(scenario -> scenario.kind == order.kind)
                .filter(scenario -> scenario != MANDATE_REJECTED || mandateRequested(order))
                .toList();
    }

    /** The scenario {@code label} names for this order, or its default when {@code label} is null. */
    public static Optional<Scenario> of(SandboxOrder order, String label) {
        List<Scenario> options = optionsFor(order);
        if (label == null || label.isBlank()) {
            return options.stream().findFirst();
        }
        return options.stream().filter(scenario -> scenario.label.equals(label)).findFirst();
    }

    /** True for the kinds an end user approves in the checkout (the others only fail, headless). */
    public static boolean hasCheckout(OrderKind kind) {
        return kind == OrderKind.DEPOSIT || kind == OrderKind.WITHDRAW || kind == OrderKind.SELECT_ACCOUNT;
    }

    /** True when the order asked for a direct-debit mandate ({@code Attributes.RequestDirectDebitMandate = 1}). */
    public static boolean mandateRequested(SandboxOrder order) {
        JsonNode requested = order.attributes == null ? null : order.attributes.get("RequestDirectDebitMandate");
        return requested != null && "1".equals(requested.asText());
    }
}
