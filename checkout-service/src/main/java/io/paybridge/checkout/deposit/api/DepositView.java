package io.paybridge.checkout.deposit.api;

import io.paybridge.checkout.deposit.persistence.DepositOrder;
import io.paybridge.support.money.Money;
import java.time.Instant;

/** A deposit as the API shows it: amounts as decimal strings in the currency's precision, times in UTC. */
public record DepositView(String orderRef, String status, String amount, String currency, String endUserId,
        String invoiceId, String checkoutUrl, Instant checkoutExpiresAt, String pspOrderId, String correlationId,
        Instant createdAt, Instant updatedAt) {

    public static DepositView of(DepositOrder order) {
        return new DepositView(order.orderRef, order.status.name(),
                Money.ofMinor(order.amountMinor, order.currency).toDecimalString(), order.currency, order.endUserId,
                order.invoiceId, order.checkoutUrl, order.checkoutExpiresAt, order.pspOrderId, order.correlationId,
                order.createdAt, order.updatedAt);
    }
}
