package io.paybridge.checkout.deposit.api;

import java.util.List;

/** One page of {@code GET /v1/orders}: the deposits, and where the page starts and how many it asked for. */
public record OrderPage(List<DepositView> items, int startIndex, int count) {
}
