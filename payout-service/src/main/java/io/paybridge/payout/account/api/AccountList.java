package io.paybridge.payout.account.api;

import java.util.List;

/** The body of {@code GET /v1/accounts}: the end user asked for and their known accounts. */
public record AccountList(String endUserId, List<AccountView> items) {
}
