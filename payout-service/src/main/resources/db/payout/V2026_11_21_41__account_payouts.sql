-- Account payouts (AccountPayout to a known account), from POST /v1/payouts or the RequestAccountPayout command.
-- The MessageID and UUID are stored before the PSP call, so every resend is the identical request. The database
-- backs four eyes: nobody approves their own payout, and a payout that needed approval is never sent without one.
CREATE TABLE account_payout (
    payout_id          varchar(64)   PRIMARY KEY,
    command_id         varchar(255)  UNIQUE,
    message_id         varchar(64)   NOT NULL UNIQUE,
    psp_uuid           varchar(36)   NOT NULL UNIQUE,
    psp_order_id       varchar(64)   UNIQUE,
    status             varchar(20)   NOT NULL
        CHECK (status IN ('AWAITING_APPROVAL', 'REQUESTED', 'UNKNOWN', 'ACCEPTED', 'CONFIRMED', 'FAILED', 'REJECTED')),
    failure_stage      varchar(16)   CHECK (failure_stage IN ('REJECTED', 'PAYOUT_FAILED', 'RETURNED')),
    failure_code       varchar(64),
    failure_message    varchar(500),
    account_id         varchar(64)   NOT NULL,
    end_user_id        varchar(255)  NOT NULL,
    amount_minor       bigint        NOT NULL CHECK (amount_minor > 0),
    currency           char(3)       NOT NULL,
    shopper_statement  varchar(64)   NOT NULL,
    notification_url   varchar(2048) NOT NULL,
    requested_by       varchar(255)  NOT NULL,
    approval_required  boolean       NOT NULL,
    decided_by         varchar(255),
    decided_at         timestamptz,
    send_attempts      integer       NOT NULL DEFAULT 0,
    next_send_at       timestamptz,
    last_send_error    varchar(500),
    correlation_id     varchar(64)   NOT NULL,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    version            bigint        NOT NULL DEFAULT 0,
    CHECK ((status = 'FAILED') = (failure_stage IS NOT NULL)),
    CHECK ((decided_by IS NULL) = (decided_at IS NULL)),
    -- the requester may withdraw (reject) their own payout, never approve it
    CHECK (decided_by IS NULL OR decided_by <> requested_by OR status = 'REJECTED'),
    CHECK (send_attempts = 0 OR NOT approval_required OR (decided_by IS NOT NULL AND decided_by <> requested_by)),
    CHECK (status <> 'AWAITING_APPROVAL' OR (approval_required AND decided_by IS NULL AND send_attempts = 0))
);
CREATE INDEX account_payout_created ON account_payout (created_at, payout_id);
CREATE INDEX account_payout_updated ON account_payout (updated_at, payout_id);
CREATE INDEX account_payout_resend ON account_payout (next_send_at) WHERE status IN ('REQUESTED', 'UNKNOWN');

-- Notifications for account payouts recorded but not applied: late, repeated or impossible facts, mismatches.
CREATE TABLE account_payout_anomaly (
    id              bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payout_id       varchar(64)   NOT NULL REFERENCES account_payout (payout_id),
    notification_id varchar(255)  NOT NULL,
    input           varchar(32)   NOT NULL,
    status_then     varchar(20)   NOT NULL,
    detail          varchar(500),
    recorded_at     timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX account_payout_anomaly_payout ON account_payout_anomaly (payout_id);
