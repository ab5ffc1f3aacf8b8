package io.paybridge.trustly.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A request whose only member is the OrderID of an existing order (CancelCharge, GetWithdrawals, withdrawal decisions). */
public interface OrderIdRequest<R> extends TrustlyRequest<R> {

    String orderId();

    @Override
    default void validate() {
        Check.required("OrderID", orderId());
    }

    @Override
    default ObjectNode render() {
        return DataWriter.create().text("OrderID", orderId()).node();
    }
}
