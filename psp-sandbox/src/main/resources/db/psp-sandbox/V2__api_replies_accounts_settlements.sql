-- The JSON-RPC API's own state (even migration numbers belong to the API side of the sandbox).

-- Every answered call by (merchant, UUID): a repeated identical request gets these exact bytes back
-- and no second effect (reference §1.2). Written in the transaction of the call's effects.
CREATE TABLE api_reply (
    merchant_username varchar(100) NOT NULL REFERENCES merchant (username),
    uuid              varchar(36)  NOT NULL,
    method            varchar(60)  NOT NULL,
    -- SHA-256 of method + uuid + serialize(Data): what the merchant signed
    request_hash      bytea        NOT NULL,
    response          bytea        NOT NULL,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (merchant_username, uuid)
);

-- Trustly AccountIDs given by RegisterAccount and by the checkout's account selection.
CREATE SEQUENCE account_id_seq START WITH 3000000001;

-- A settlement: the unsettled ledger entries of one merchant up to the end of a UTC date, paid out
-- to the merchant's bank; its ViewAutomaticSettlementDetailsCSV (v1.2) report is kept as produced.
CREATE SEQUENCE settlement_id_seq START WITH 1;
-- The 10-digit reference of the settlement's bank transfer on the merchant's bank statement.
CREATE SEQUENCE settlement_bank_withdrawal_id_seq START WITH 5000000001;
CREATE TABLE settlement (
    id                 bigint       PRIMARY KEY,
    merchant_username  varchar(100) NOT NULL REFERENCES merchant (username),
    settlement_date    date         NOT NULL,
    -- the currency the run was limited to; null: all
    currency           char(3),
    -- null when nothing was paid out
    bank_withdrawal_id varchar(10),
    -- paid out per currency, minor units: {"EUR": 1200}
    totals             jsonb        NOT NULL,
    row_count          integer      NOT NULL,
    report             text         NOT NULL,
    created_at         timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX settlement_merchant_date ON settlement (merchant_username, settlement_date);

ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_settlement FOREIGN KEY (settlement_id) REFERENCES settlement (id);
CREATE INDEX ledger_entry_order ON ledger_entry (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX ledger_entry_settled ON ledger_entry (settlement_id) WHERE settlement_id IS NOT NULL;
-- Due charges and queued refunds are looked up by kind and state.
CREATE INDEX sandbox_order_kind_state ON sandbox_order (kind, state);
