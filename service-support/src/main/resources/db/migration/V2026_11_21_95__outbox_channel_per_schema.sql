-- Each service's outbox notifies its own channel, paybridge_outbox_<schema>. On the one channel every service
-- shared, a commit to any outbox woke every service's relay in the database (and signalled every listening
-- backend): at a thousand ingest commits a second, checkout, payout and reconciliation each claimed from their
-- own, empty outbox a hundred times a second. The relay listens on the channel of the schema its outbox is in.
CREATE OR REPLACE FUNCTION outbox_message_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('paybridge_outbox_' || TG_TABLE_SCHEMA, '');
    RETURN NULL;
END
$$;
