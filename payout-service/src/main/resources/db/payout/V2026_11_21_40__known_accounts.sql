-- Bank accounts the PSP reported in account notifications, so a payout can name one (POST /v1/payouts, GET
-- /v1/accounts). Only what the notification carries: the PSP's account id and masked metadata, never an account
-- number or a name. An account notification carries no enduserid (reference §4.2): its end user is the one the
-- other notifications of the same PSP order name (order_end_user), whichever arrives first.
CREATE TABLE known_account (
    id              bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    psp_order_id    varchar(64)   NOT NULL,
    account_id      varchar(64)   NOT NULL,
    end_user_id     varchar(255),
    verified        boolean       NOT NULL,
    clearing_house  varchar(64),
    bank            varchar(255),
    descriptor      varchar(255),
    last_digits     varchar(16),
    notification_id varchar(255)  NOT NULL,
    reported_at     timestamptz   NOT NULL,
    UNIQUE (psp_order_id, account_id)
);
CREATE INDEX known_account_end_user ON known_account (end_user_id, account_id) WHERE end_user_id IS NOT NULL;
CREATE INDEX known_account_unattributed ON known_account (reported_at) WHERE end_user_id IS NULL;

-- The end user of a PSP order as its notifications name it, kept for paybridge.payout.accounts.order-memory so an
-- account notification arriving before or after them can be attributed.
CREATE TABLE order_end_user (
    psp_order_id    varchar(64)   PRIMARY KEY,
    end_user_id     varchar(255)  NOT NULL,
    seen_at         timestamptz   NOT NULL
);
CREATE INDEX order_end_user_seen ON order_end_user (seen_at);
