package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.paybridge.sandbox.SandboxConfig;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.ApiConfig;
import io.paybridge.sandbox.api.CommonFields;
import io.paybridge.sandbox.api.Orders;
import io.paybridge.sandbox.api.RequestFields;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Consumer;

/**
 * Creates the orders an end user finishes in the checkout page (Deposit, Withdraw, SelectAccount): reads
 * NotificationURL, EndUserID, MessageID, SuccessURL, FailURL and ExternalReference, keeps the Attributes
 * as sent, and answers {@code {"orderid","url"}} with a url valid for the configured time.
 */
@ApplicationScoped
public class CheckoutOrders {

    private final Orders orders;
    private final ApiConfig config;
    private final String checkoutBase;

    public CheckoutOrders(Orders orders, ApiConfig config, SandboxConfig sandbox) {
        this.orders = orders;
        this.config = config;
        this.checkoutBase = sandbox.publicUrl().toString().replaceAll("/+$", "") + "/checkout/";
    }

    /** Validates the shared fields, then stores the order after {@code details} filled in the method's own. */
    public Uni<JsonNode> create(ApiCall call, OrderKind kind, Consumer<SandboxOrder> details) {
        RequestFields data = call.data();
        RequestFields attributes = data.attributes();
        String notificationUrl = CommonFields.notificationUrl(data, call.merchant());
        String endUserId = CommonFields.endUserId(data);
        String messageId = CommonFields.messageId(data);
        String successUrl = CommonFields.optionalWebUrl(attributes, "SuccessURL").orElse(null);
        String failUrl = CommonFields.optionalWebUrl(attributes, "FailURL").orElse(null);
        String externalReference = CommonFields.externalReference(attributes).orElse(null);
        return orders.requireUnusedMessageId(call, messageId)
                .flatMap(unused -> orders.create(call, kind))
                .flatMap(order -> {
                    order.notificationUrl = notificationUrl;
                    order.endUserId = endUserId;
                    order.messageId = messageId;
                    order.successUrl = successUrl;
                    order.failUrl = failUrl;
                    order.externalReference = externalReference;
                    order.attributes = attributes.node();
                    order.expiresAt = order.createdAt.plus(config.checkoutValidity());
                    details.accept(order);
                    return order.<SandboxOrder>persist();
                })
                .map(order -> JsonNodeFactory.instance.objectNode()
                        .put("orderid", Long.toString(order.orderId))
                        .put("url", checkoutBase + order.orderId));
    }
}
