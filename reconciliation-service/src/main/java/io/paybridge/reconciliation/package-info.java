/**
 * reconciliation-service: matches Trustly's settlement reports against the movements the platform recorded
 * (expected_movement, from payments.events.v1), set-based in PostgreSQL, and keeps runs, residuals and breaks.
 */
package io.paybridge.reconciliation;
