-- A link keeps its end user's details only while Pay can still make a Deposit. Once the link is closed
-- (paid, cancelled or expired) they are erased; the merchant's end-user id stays.
ALTER TABLE payment_link
    ALTER COLUMN end_user_first_name DROP NOT NULL,
    ALTER COLUMN end_user_last_name DROP NOT NULL,
    ALTER COLUMN end_user_email DROP NOT NULL,
    ALTER COLUMN end_user_country DROP NOT NULL,
    ALTER COLUMN end_user_locale DROP NOT NULL,
    ADD COLUMN personal_data_erased_at timestamptz;
CREATE INDEX payment_link_personal_data ON payment_link (expires_at) WHERE personal_data_erased_at IS NULL;
