package io.paybridge.checkout.link.api;

import io.paybridge.checkout.deposit.api.EndUserRequest;

/**
 * The body of {@code POST /v1/payment-links}: what the end user pays and who they are (as for a deposit), the
 * text the link page shows, how long the link lives (ISO-8601, e.g. {@code P7D}) and where the end user returns.
 */
public record PaymentLinkRequest(String amount, String currency, EndUserRequest endUser, String description,
        String lifetime, String successUrl, String failUrl) {
}
