package io.paybridge.payout.account.api;

import io.paybridge.payout.account.persistence.KnownAccount;
import java.time.Instant;

/** An account as {@code GET /v1/accounts} shows it: the PSP's id and the masked metadata it reported, nothing more. */
public record AccountView(String accountId, boolean verified, String clearingHouse, String bank, String descriptor,
        String lastDigits, Instant reportedAt) {

    public static AccountView of(KnownAccount account) {
        return new AccountView(account.accountId, account.verified, account.clearingHouse, account.bank, account.descriptor,
                account.lastDigits, account.reportedAt);
    }
}
