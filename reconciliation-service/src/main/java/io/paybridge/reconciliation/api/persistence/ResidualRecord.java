package io.paybridge.reconciliation.api.persistence;

/** A run's residual in one currency: reported − expected (paired or missing) − legs, all in minor units. */
public record ResidualRecord(String currency, long reportedMinor, long expectedMinor, long legsMinor, long residualMinor) {
}
