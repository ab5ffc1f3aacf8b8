package io.paybridge.checkout.charge.api;

import io.paybridge.checkout.charge.persistence.Charge;
import io.paybridge.support.money.Money;
import java.time.Instant;
import java.time.LocalDate;

/** A charge as the API shows it: amount as a decimal string, the PSP's rejection code or failure reason when there is one. */
public record ChargeView(String chargeId, String status, String mandateId, String amount, String currency,
        LocalDate paymentDate, String pspOrderId, String rejectionReason, String failureReason, String correlationId,
        Instant createdAt, Instant updatedAt) {

    public static ChargeView of(Charge charge) {
        return new ChargeView(charge.chargeId, charge.status.name(), charge.mandateId,
                Money.ofMinor(charge.amountMinor, charge.currency).toDecimalString(), charge.currency, charge.paymentDate,
                charge.pspOrderId, charge.rejectionReason, charge.failureReason, charge.correlationId, charge.createdAt,
                charge.updatedAt);
    }
}
