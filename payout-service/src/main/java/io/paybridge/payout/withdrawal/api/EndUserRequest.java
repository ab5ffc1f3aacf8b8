package io.paybridge.payout.withdrawal.api;

/**
 * The person withdrawing, as the merchant sends it: a stable id of the merchant's own, and the details the PSP's
 * checkout needs (passed on to the PSP, never stored by payout-service but the id, never logged).
 */
public record EndUserRequest(String id, String firstName, String lastName, String email, String country, String locale,
        String phone, String nationalId) {

    @Override
    public String toString() {
        return "EndUserRequest[id=" + id + "]";
    }
}
