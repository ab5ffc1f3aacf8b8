package io.paybridge.checkout.mandate.api;

import io.paybridge.checkout.mandate.persistence.Mandate;
import java.time.Instant;

/** A mandate as the API shows it: the account's masked metadata, never the end user's contact details. */
public record MandateView(String mandateId, String status, String endUserId, String url, String pspOrderId,
        String accountId, String bank, String descriptor, String lastDigits, String correlationId, Instant createdAt,
        Instant updatedAt) {

    public static MandateView of(Mandate mandate) {
        return new MandateView(mandate.mandateId, mandate.status.name(), mandate.endUserId, mandate.checkoutUrl,
                mandate.pspOrderId, mandate.accountId, mandate.bank, mandate.descriptor, mandate.lastDigits,
                mandate.correlationId, mandate.createdAt, mandate.updatedAt);
    }
}
