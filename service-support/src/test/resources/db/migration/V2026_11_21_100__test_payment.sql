-- The fixture aggregate of service-support's own tests.
CREATE TABLE test_payment (
    reference  varchar(64) PRIMARY KEY,
    amount     bigint      NOT NULL,
    currency   char(3)     NOT NULL,
    version    bigint      NOT NULL
);

-- Effects applied by the fixture consumer, at most once per message.
CREATE TABLE test_effect (
    message_id varchar(200) NOT NULL,
    applied_at timestamptz  NOT NULL DEFAULT now()
);
