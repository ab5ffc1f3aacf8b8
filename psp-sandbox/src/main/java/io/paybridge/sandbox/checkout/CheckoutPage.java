package io.paybridge.sandbox.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.sandbox.scenario.Scenario;
import io.paybridge.sandbox.scenario.TestBank;
import io.paybridge.support.money.Money;

import java.util.List;

import static io.paybridge.sandbox.checkout.Html.escape;

/**
 * The sandbox's bank checkout, server-rendered: what is paid to whom, a bank to choose, Trustly's
 * "Set order options" with the order's test cases, and Approve / Cancel forms. No script; every
 * value is escaped, since merchants choose most of them.
 */
final class CheckoutPage {

    private CheckoutPage() {
    }

    /** The open checkout of {@code order}. */
    static String render(SandboxOrder order) {
        String base = "/checkout/" + order.orderId;
        String body = """
                <h1>%s</h1>
                <dl>
                  <dt>Merchant</dt><dd>%s</dd>
                  <dt>Order</dt><dd>%s</dd>
                  <dt>Reference</dt><dd>%s</dd>
                  %s
                  %s
                </dl>
                <form method="post" action="%s/approve">
                  <fieldset>
                    <legend>Choose your bank</legend>
                %s  </fieldset>
                  %s
                  <details open>
                    <summary>Set order options</summary>
                    <fieldset>
                      <legend>Test case</legend>
                %s    </fieldset>
                  </details>
                  <button type="submit" name="action" value="approve">Approve</button>
                </form>
                <form method="post" action="%s/cancel">
                  <button type="submit" class="secondary">Cancel</button>
                </form>
                """.formatted(escape(title(order.kind)), escape(order.merchantUsername), escape(order.orderId),
                escape(order.messageId), amountRow(order), statementRow(order), escape(base), banks(order),
                amountInput(order), scenarios(order), escape(base));
        return Pages.layout(title(order.kind), body);
    }

    private static String title(OrderKind kind) {
        return switch (kind) {
            case WITHDRAW -> "Withdraw to your bank account";
            case SELECT_ACCOUNT -> "Select your bank account";
            default -> "Pay with your bank";
        };
    }

    private static String amountRow(SandboxOrder order) {
        if (order.amountMinor == null || order.currency == null) {
            return "";
        }
        return "<dt>Amount</dt><dd>" + escape(Money.ofMinor(order.amountMinor, order.currency).toDecimalString(2))
                + " " + escape(order.currency) + "</dd>";
    }

    private static String statementRow(SandboxOrder order) {
        String statement = attribute(order, "ShopperStatement");
        return statement == null ? "" : "<dt>Statement</dt><dd>" + escape(statement) + "</dd>";
    }

    private static String amountInput(SandboxOrder order) {
        if (order.kind == OrderKind.SELECT_ACCOUNT || order.amountMinor != null) {
            return "";
        }
        String suggested = attribute(order, "SuggestedAmount");
        if (suggested == null) {
            suggested = attribute(order, "SuggestedMinAmount");
        }
        return "<label>Amount (" + escape(order.currency) + ") <input name=\"amount\" inputmode=\"decimal\" required value=\""
                + escape(suggested) + "\"></label>";
    }

    private static String banks(SandboxOrder order) {
        TestBank preselected = TestBank.defaultFor(attribute(order, "Country"));
        StringBuilder radios = new StringBuilder();
        for (TestBank bank : TestBank.ALL) {
            radios.append("      <label><input type=\"radio\" name=\"bank\" value=\"").append(escape(bank.id())).append('"')
                    .append(bank.equals(preselected) ? " checked" : "").append("> ").append(escape(bank.name()))
                    .append(" <small>").append(escape(bank.country())).append("</small></label>\n");
        }
        return radios.toString();
    }

    private static String scenarios(SandboxOrder order) {
        List<Scenario> options = Scenario.optionsFor(order);
        StringBuilder radios = new StringBuilder();
        for (Scenario scenario : options) {
            radios.append("        <label><input type=\"radio\" name=\"scenario\" value=\"").append(escape(scenario.label())).append('"')
                    .append(scenario == options.get(0) ? " checked" : "").append("> <b>").append(escape(scenario.label()))
                    .append("</b> – ").append(escape(scenario.description())).append("</label>\n");
        }
        return radios.toString();
    }

    private static String attribute(SandboxOrder order, String name) {
        JsonNode value = order.attributes == null ? null : order.attributes.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
