-- Pay by link: one row per POST /v1/payment-links. The link's token is never stored, only its SHA-256.
-- Unlike a deposit, a link keeps the end user's details: the Deposit is made only when the end user presses
-- Pay, possibly days later and more than once (a cancelled attempt can be retried).
CREATE TABLE payment_link (
    link_id              varchar(40)   PRIMARY KEY,
    owner                varchar(255)  NOT NULL,
    token_sha256         char(64)      NOT NULL UNIQUE,
    amount_minor         bigint        NOT NULL CHECK (amount_minor > 0),
    currency             char(3)       NOT NULL,
    description          varchar(140)  NOT NULL,
    end_user_id          varchar(255)  NOT NULL,
    end_user_first_name  varchar(100)  NOT NULL,
    end_user_last_name   varchar(100)  NOT NULL,
    end_user_email       varchar(254)  NOT NULL,
    end_user_country     char(2)       NOT NULL,
    end_user_locale      varchar(5)    NOT NULL,
    end_user_phone       varchar(16),
    end_user_national_id varchar(64),
    success_url          varchar(2048) NOT NULL,
    fail_url             varchar(2048) NOT NULL,
    expires_at           timestamptz   NOT NULL,
    cancelled_at         timestamptz,
    correlation_id       varchar(64)   NOT NULL,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    version              bigint        NOT NULL DEFAULT 0
);

-- The link <-> deposit relation: each press of Pay that made a Deposit is one numbered attempt of its link.
-- The link's status is derived from these deposits (a CREDITED one makes it PAID).
CREATE TABLE payment_link_attempt (
    order_ref  varchar(40)  PRIMARY KEY REFERENCES deposit_order (order_ref),
    link_id    varchar(40)  NOT NULL REFERENCES payment_link (link_id),
    attempt    integer      NOT NULL CHECK (attempt > 0),
    created_at timestamptz  NOT NULL,
    UNIQUE (link_id, attempt)
);
