package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.sandbox.account.BankAccounts;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.MethodHandler;
import io.paybridge.sandbox.api.Orders;
import io.paybridge.sandbox.api.RequestFields;
import io.paybridge.sandbox.api.TrustlyException;
import io.paybridge.sandbox.charge.ChargeCalendar;
import io.paybridge.sandbox.notification.OrderNotices;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Charge: collect from an account with an active direct-debit mandate, on PaymentDate or as soon as
 * possible. Accepted charges get a {@code pending} notification at once and are collected later by
 * {@link io.paybridge.sandbox.charge.ChargeCredits}. An unknown account or a missing mandate is a
 * rejection ({@code result "0"}), not an error, as on Trustly TEST.
 */
@ApplicationScoped
public class ChargeHandler implements MethodHandler {

    /** The characters Trustly allows in a ShopperStatement of a charge. */
    private static final Pattern SHOPPER_STATEMENT = Pattern.compile("[A-Za-z0-9. _-]{1,35}");

    private final Orders orders;
    private final BankAccounts accounts;
    private final OrderNotices notifications;

    public ChargeHandler(Orders orders, BankAccounts accounts, OrderNotices notifications) {
        this.orders = orders;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @Override
    public String method() {
        return "Charge";
    }

    @Override
    public Uni<JsonNode> handle(ApiCall call) {
        AccountOrderRequest request = AccountOrderRequest.read(call);
        RequestFields attributes = request.attributes();
        attributes.matching("ShopperStatement", SHOPPER_STATEMENT);
        attributes.text("Email");
        Optional<LocalDate> paymentDate = attributes.optionalDate("PaymentDate");
        if (paymentDate.isPresent() && paymentDate.get().isBefore(ChargeCalendar.today(orders.clock()))) {
            throw TrustlyException.invalidParameter("Attributes.PaymentDate", "is in the past");
        }
        return orders.requireUnusedMessageId(call, request.messageId())
                .flatMap(unused -> accounts.find(call.merchantUsername(), request.accountId()))
                .flatMap(account -> {
                    if (account.isEmpty()) {
                        return Uni.createFrom().item(rejected("ERROR_ACCOUNT_NOT_FOUND"));
                    }
                    if (!account.get().mandateActive) {
                        return Uni.createFrom().item(rejected("ERROR_MANDATE_NOT_FOUND"));
                    }
                    return orders.create(call, OrderKind.CHARGE).flatMap(charge -> {
                        request.fill(charge);
                        charge.paymentDate = paymentDate.orElse(null);
                        // accepted for processing: Trustly says so with a pending notification right away
                        charge.moveTo(OrderState.PENDING);
                        return charge.<SandboxOrder>persist().call(this::notifyPending).map(this::accepted);
                    });
                });
    }

    private Uni<?> notifyPending(SandboxOrder charge) {
        return notifications.pending(charge);
    }

    private ObjectNode accepted(SandboxOrder charge) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("result", "1");
        answer.putNull("rejected");
        return answer.put("orderid", Long.toString(charge.orderId));
    }

    private static ObjectNode rejected(String reason) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("result", "0").put("rejected", reason);
        return answer.putNull("orderid");
    }
}
