package io.paybridge.sandbox.merchant;

/**
 * What registers a merchant, and the body of {@code POST /sandbox/merchants}: API credentials, its public
 * key PEM, the prefix its NotificationURLs must start with, and two options that are off when absent:
 * {@code payoutConfirmations} (payoutconfirmation notifications) and {@code manualWithdrawalApproval}
 * (debited withdrawals wait for ApproveWithdrawal or DenyWithdrawal).
 */
public record MerchantRegistration(String username, String password, String publicKeyPem, String notificationUrlPrefix,
        Boolean payoutConfirmations, Boolean manualWithdrawalApproval) {

    @Override
    public String toString() {
        return "MerchantRegistration[username=" + username + ", notificationUrlPrefix=" + notificationUrlPrefix
                + ", payoutConfirmations=" + payoutConfirmations + ", manualWithdrawalApproval=" + manualWithdrawalApproval + "]";
    }
}
