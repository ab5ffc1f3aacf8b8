package io.paybridge.sandbox.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.SandboxOrder;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The scenarios each kind of order offers and how names are resolved. */
class ScenarioTest {

    @Test
    void eachKindOffersItsScenariosDefaultFirst() {
        assertThat(labels(order(OrderKind.DEPOSIT, false))).containsExactly("normal", "D1", "pending-cancel", "delayed-credit", "account");
        assertThat(labels(order(OrderKind.WITHDRAW, false))).containsExactly("normal", "W1", "withdraw-returned");
        assertThat(labels(order(OrderKind.SELECT_ACCOUNT, false))).containsExactly("normal");
        assertThat(labels(order(OrderKind.SELECT_ACCOUNT, true))).containsExactly("normal", "mandate-rejected");
        assertThat(labels(order(OrderKind.REFUND, false))).containsExactly("refund-fails");
        assertThat(labels(order(OrderKind.ACCOUNT_PAYOUT, false))).containsExactly("payout-returned");
        assertThat(labels(order(OrderKind.CHARGE, false))).isEmpty();
    }

    @Test
    void namesResolvePerKindAndNullIsTheDefault() {
        assertThat(Scenario.of(order(OrderKind.WITHDRAW, false), "normal")).contains(Scenario.WITHDRAW_NORMAL);
        assertThat(Scenario.of(order(OrderKind.DEPOSIT, false), null)).contains(Scenario.DEPOSIT_NORMAL);
        assertThat(Scenario.of(order(OrderKind.DEPOSIT, false), "W1")).isEqualTo(Optional.empty());
        assertThat(Scenario.of(order(OrderKind.DEPOSIT, false), "d1")).isEqualTo(Optional.empty());
        assertThat(Scenario.of(order(OrderKind.SELECT_ACCOUNT, false), "mandate-rejected")).isEqualTo(Optional.empty());
    }

    private static java.util.List<String> labels(SandboxOrder order) {
        return Scenario.optionsFor(order).stream().map(Scenario::label).toList();
    }

    private static SandboxOrder order(OrderKind kind, boolean mandate) {
        SandboxOrder order = new SandboxOrder();
        order.kind = kind;
        order.attributes = mandate ? JsonNodeFactory.instance.objectNode().put("RequestDirectDebitMandate", "1")
                : JsonNodeFactory.instance.objectNode();
        return order;
    }
}
