package io.paybridge.sandbox.merchant;

/**
 * What registers a merchant, and the body of {@code POST /sandbox/merchants}: API credentials, its public
 * key PEM and the prefix its NotificationURLs must start with.
 */
public record MerchantRegistration(String username, String password, String publicKeyPem, String notificationUrlPrefix) {

    @Override
    public String toString() {
        return "MerchantRegistration[username=" + username + ", notificationUrlPrefix=" + notificationUrlPrefix + "]";
    }
}
