package io.paybridge.payout.api;

import java.util.List;

/** One page of a list endpoint: the items, and where the page starts and how many it asked for. */
public record ListPage<T>(List<T> items, int startIndex, int count) {
}
