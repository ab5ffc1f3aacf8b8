/**
 * payout-service: money out through Trustly. Refunds of credited deposits (reserved under a row lock and a database
 * constraint before any PSP call, so they never exceed the deposit), account payouts, withdrawals and balance checks.
 */
package io.paybridge.payout;
