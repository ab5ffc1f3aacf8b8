package io.paybridge.checkout.deposit.api;

/**
 * The person paying, as the merchant sends it: a stable id of the merchant's own, and the details the
 * PSP needs for its checkout (never stored by checkout-service, never logged).
 */
public record EndUserRequest(String id, String firstName, String lastName, String email, String country, String locale,
        String phone, String nationalId) {

    @Override
    public String toString() {
        return "EndUserRequest[id=" + id + "]";
    }
}
