-- Merchant options chosen at registration, both off by default as at Trustly. Numbered V4, the next
-- version, rather than by the odd/even split of V2 and V3: with a gap, Flyway would refuse a later V4 on
-- a database (the local stack's) that had already run a V5.

-- payout_confirmations: a payoutconfirmation notification when money leaves for a refund, an account
-- payout or a withdrawal (reference §4.2: "off by default", enabled per merchant by Trustly).
-- manual_withdrawal_approval: a debited withdrawal waits for ApproveWithdrawal or DenyWithdrawal
-- instead of being sent after paybridge.sandbox.scenarios.withdrawal-send-delay.
ALTER TABLE merchant
    ADD COLUMN payout_confirmations       boolean NOT NULL DEFAULT false,
    ADD COLUMN manual_withdrawal_approval boolean NOT NULL DEFAULT false;
