package io.paybridge.reconciliation.api;

import java.util.List;

/** One page of {@code GET /v1/reconciliations}: the runs, and where the page starts and how many it asked for. */
public record RunPage(List<RunView> items, int startIndex, int count) {
}
