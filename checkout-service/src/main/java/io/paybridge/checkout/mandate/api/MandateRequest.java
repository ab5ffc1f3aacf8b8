package io.paybridge.checkout.mandate.api;

import io.paybridge.checkout.deposit.api.EndUserRequest;

/** The body of {@code POST /v1/mandates}: whose account to mandate (email required: every Charge sends it) and where they return. */
public record MandateRequest(EndUserRequest endUser, String successUrl, String failUrl) {
}
