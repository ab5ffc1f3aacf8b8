package io.paybridge.reconciliation.api.persistence;

/**
 * One line of a run's counts and sums: a match class ({@code run_total}) or a fee/FX order type ({@code run_leg}), in
 * one currency, with how many rows or movements and their signed sum in minor units.
 */
public record AmountLine(String kind, String currency, long count, long amountMinor) {
}
