-- Order ids and types of movements and report rows compare bytewise (COLLATE "C"): runs sort and hash millions of
-- them, and no one reads them in a language's order.
-- Reconciliation: what the platform expects to settle (expected_movement, from payments.events.v1), what Trustly
-- reported (settlement_report, report_row, ledger_entry) and what each run found (reconciliation_run, run_*,
-- recon_break). Amounts are signed minor units from the merchant account's point of view: money in positive,
-- money out (refunds, payouts, withdrawals, fees) negative, as the settlement report shows them.

-- One row per movement the platform recorded. A run settles it (settled_row_id) when a report row pairs with it.
-- fact is the event that made it expected (DepositCredited, DepositDebited, RefundAccepted, RefundReturned,
-- PayoutConfirmed, PayoutReturned, ChargeCredited, WithdrawalDebited, WithdrawalReturned): the same fact twice is
-- one movement. No index holds settled_row_id or cancelled, and pages keep half their room, so the run's UPDATE of a million
-- movements stays HOT (no index entries written).
CREATE TABLE expected_movement (
    id                bigserial   PRIMARY KEY,
    psp_order_id      text        COLLATE "C" NOT NULL,
    order_type        text        COLLATE "C" NOT NULL CHECK (order_type IN ('Deposit', 'Refund', 'AccountPayout', 'Charge', 'Withdraw')),
    movement_ref      text        NOT NULL,
    fact              text        NOT NULL,
    amount_minor      bigint      NOT NULL,
    currency          char(3)     NOT NULL,
    payment_reference text        NOT NULL,
    correlation_id    text        NOT NULL,
    occurred_at       timestamptz NOT NULL,
    cancelled         boolean     NOT NULL DEFAULT false,
    settled_row_id    bigint      NULL,
    recorded_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (order_type, movement_ref, fact)
) WITH (fillfactor = 50);
CREATE INDEX expected_movement_order ON expected_movement (psp_order_id, order_type);

-- Refunds and account payouts whose amount and PSP order id arrive in different events (RefundRequested carries
-- the amount, RefundAccepted the deposit's PSP order id): kept until both are known, and whether the money left
-- (confirmed) decides what a later failure means.
CREATE TABLE movement_intent (
    order_type        text        COLLATE "C" NOT NULL CHECK (order_type IN ('Refund', 'AccountPayout')),
    movement_ref      text        NOT NULL,
    payment_reference text        NOT NULL,
    correlation_id    text        NOT NULL,
    amount_minor      bigint      NULL,
    currency          char(3)     NULL,
    psp_order_id      text        COLLATE "C" NULL,
    accepted_at       timestamptz NULL,
    confirmed         boolean     NOT NULL DEFAULT false,
    failed            boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (order_type, movement_ref)
);

-- One per ingested settlement report (pulled or uploaded); the same content twice is the same report.
CREATE TABLE settlement_report (
    id              bigserial   PRIMARY KEY,
    source          text        NOT NULL CHECK (source IN ('PULL', 'UPLOAD')),
    settlement_date date        NOT NULL,
    content_sha256  char(64)    NOT NULL UNIQUE,
    row_count       int         NOT NULL,
    received_at     timestamptz NOT NULL,
    run_id          uuid        NULL
);
CREATE INDEX settlement_report_date ON settlement_report (settlement_date);

-- The report's data rows as Trustly wrote them (row_number 1 is the first data row), amounts in minor units.
CREATE TABLE report_row (
    id                            bigserial   PRIMARY KEY,
    report_id                     bigint      NOT NULL REFERENCES settlement_report,
    row_number                    int         NOT NULL,
    booked_at                     timestamptz NOT NULL,
    account_name                  text        NOT NULL,
    currency                      char(3)     NOT NULL,
    amount_minor                  bigint      NOT NULL,
    total_minor                   bigint      NULL,
    psp_order_id                  text        COLLATE "C" NULL,
    order_type                    text        COLLATE "C" NULL,
    message_id                    text        NULL,
    username                      text        NULL,
    fx_payment_amount_minor       bigint      NULL,
    fx_payment_currency           char(3)     NULL,
    settlement_bank_withdrawal_id text        NULL,
    external_reference            text        NULL,
    UNIQUE (report_id, row_number)
);

-- AccountLedger entries pulled for a date range, for the bank-transfer check. settlement_bank_withdrawal_id is the
-- reference of an "Automatic settlement <reference> to merchant bank account" entry (null for the others), filled
-- by whoever stores the entry so the check finds the transfer by an index.
CREATE TABLE ledger_entry (
    id                            bigserial   PRIMARY KEY,
    gluepay_id                    text        NOT NULL UNIQUE,
    booked_at                     timestamptz NOT NULL,
    account_name                  text        NOT NULL,
    psp_order_id                  text        COLLATE "C" NULL,
    message_id                    text        NULL,
    transaction_type              text        NULL,
    currency                      char(3)     NOT NULL,
    amount_minor                  bigint      NOT NULL,
    settlement_bank_withdrawal_id text        NULL
);
CREATE INDEX ledger_entry_bank_withdrawal ON ledger_entry (settlement_bank_withdrawal_id)
    WHERE settlement_bank_withdrawal_id IS NOT NULL;
CREATE INDEX ledger_entry_account ON ledger_entry (account_name, currency);

-- One run per report: matching it again returns this run and changes nothing.
CREATE TABLE reconciliation_run (
    id              uuid        PRIMARY KEY,
    report_id       bigint      NOT NULL UNIQUE REFERENCES settlement_report,
    settlement_date date        NOT NULL,
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz NULL,
    status          text        NOT NULL CHECK (status IN ('RUNNING', 'FINISHED'))
);
ALTER TABLE settlement_report ADD CONSTRAINT settlement_report_run FOREIGN KEY (run_id) REFERENCES reconciliation_run;

-- Per run, match class and currency: how many movements and their sum (the reported amount where a row exists,
-- the expected one for MISSING_IN_REPORT). Legs are in run_leg, never here.
CREATE TABLE run_total (
    run_id       uuid    NOT NULL REFERENCES reconciliation_run,
    match_class  text    NOT NULL CHECK (match_class IN ('MATCHED', 'AMOUNT_MISMATCH', 'CURRENCY_MISMATCH',
                                                         'MISSING_IN_REPORT', 'UNEXPECTED_IN_REPORT', 'DUPLICATE_IN_REPORT')),
    currency     char(3) NOT NULL,
    count        bigint  NOT NULL,
    amount_minor bigint  NOT NULL,
    PRIMARY KEY (run_id, match_class, currency)
);

-- Fee and FX rows of the report, per ordertype and currency: explicit legs, never matched against movements.
CREATE TABLE run_leg (
    run_id       uuid    NOT NULL REFERENCES reconciliation_run,
    order_type   text    COLLATE "C" NOT NULL,
    currency     char(3) NOT NULL,
    count        bigint  NOT NULL,
    amount_minor bigint  NOT NULL,
    PRIMARY KEY (run_id, order_type, currency)
);

-- reported - expected (paired or missing) - legs, per currency: zero when everything matched and nothing is missing.
CREATE TABLE run_residual (
    run_id         uuid    NOT NULL REFERENCES reconciliation_run,
    currency       char(3) NOT NULL,
    reported_minor bigint  NOT NULL,
    expected_minor bigint  NOT NULL,
    legs_minor     bigint  NOT NULL,
    residual_minor bigint  NOT NULL,
    PRIMARY KEY (run_id, currency)
);

-- Per settlement bank withdrawal and currency: the rows' sum, the report's total column and the bank transfer
-- (transfer_minor: the amount paid out to the merchant's bank, positive; null when no transfer was found).
-- reason says why ok is false (TOTAL_DIFFERS, TOTALS_DISAGREE, TRANSFER_NOT_FOUND, TRANSFER_DIFFERS).
CREATE TABLE run_batch_check (
    run_id                        uuid    NOT NULL REFERENCES reconciliation_run,
    settlement_bank_withdrawal_id text    NOT NULL,
    currency                      char(3) NOT NULL,
    rows_sum_minor                bigint  NOT NULL,
    report_total_minor            bigint  NULL,
    transfer_minor                bigint  NULL,
    ok                            boolean NOT NULL,
    reason                        text    NULL,
    PRIMARY KEY (run_id, settlement_bank_withdrawal_id, currency)
);

-- A difference a run found, open until a later run or a later event explains it (closed_at, resolution).
-- last_seen_run_id is the latest run it was open in (persisting when that is not opened_run_id). closed_run_id is
-- null when an event closed it (the consumer, between runs).
CREATE TABLE recon_break (
    id                uuid        PRIMARY KEY,
    break_class       text        NOT NULL CHECK (break_class IN ('AMOUNT_MISMATCH', 'CURRENCY_MISMATCH', 'MISSING_IN_REPORT',
                                                                  'UNEXPECTED_IN_REPORT', 'DUPLICATE_IN_REPORT')),
    psp_order_id      text        COLLATE "C" NULL,
    order_type        text        COLLATE "C" NULL,
    payment_reference text        NOT NULL,
    correlation_id    text        NOT NULL,
    expected_minor    bigint      NULL,
    expected_currency char(3)     NULL,
    actual_minor      bigint      NULL,
    actual_currency   char(3)     NULL,
    movement_id       bigint      NULL REFERENCES expected_movement,
    report_row_id     bigint      NULL REFERENCES report_row,
    opened_run_id     uuid        NOT NULL REFERENCES reconciliation_run,
    last_seen_run_id  uuid        NOT NULL REFERENCES reconciliation_run,
    closed_run_id     uuid        NULL REFERENCES reconciliation_run,
    closed_at         timestamptz NULL,
    resolution        text        NULL CHECK (resolution IN ('MATCHED_IN_LATER_RUN', 'RESOLVED_MANUALLY', 'WRITTEN_OFF')),
    opened_at         timestamptz NOT NULL DEFAULT now(),
    CHECK ((closed_at IS NULL) = (resolution IS NULL))
);
CREATE INDEX recon_break_open ON recon_break (psp_order_id, order_type) WHERE closed_at IS NULL;
CREATE UNIQUE INDEX recon_break_open_missing ON recon_break (movement_id)
    WHERE closed_at IS NULL AND break_class = 'MISSING_IN_REPORT';
CREATE INDEX recon_break_opened_run ON recon_break (opened_run_id);
CREATE INDEX recon_break_last_seen_run ON recon_break (last_seen_run_id);
CREATE INDEX recon_break_closed_run ON recon_break (closed_run_id) WHERE closed_run_id IS NOT NULL;
