package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.MethodHandler;
import io.paybridge.sandbox.ledger.Ledger;
import io.paybridge.sandbox.ledger.TrustlyAmounts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Balance: the merchant's balance per currency it holds money in, {@code [{"currency","balance"}]} with two decimals. */
@ApplicationScoped
public class BalanceHandler implements MethodHandler {

    private final Ledger ledger;

    public BalanceHandler(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String method() {
        return "Balance";
    }

    @Override
    public Uni<JsonNode> handle(ApiCall call) {
        return ledger.balances(call.merchantUsername()).map(balances -> {
            ArrayNode answer = JsonNodeFactory.instance.arrayNode();
            balances.forEach(balance -> answer.addObject()
                    .put("currency", balance.currency())
                    .put("balance", TrustlyAmounts.decimal(balance.amountMinor(), balance.currency())));
            return answer;
        });
    }
}
