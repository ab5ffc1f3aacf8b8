-- The merchant's PSP balance per currency, as the last Balance call said, shared by every replica: Trustly asks
-- for at most one Balance call per 15 minutes. called_at is when a replica last claimed the call for the currency
-- (whether or not the PSP answered); balance_minor and fetched_at are the last answer, null before the first.
CREATE TABLE psp_balance (
    currency      char(3)      PRIMARY KEY,
    balance_minor bigint,
    fetched_at    timestamptz,
    called_at     timestamptz  NOT NULL
);
