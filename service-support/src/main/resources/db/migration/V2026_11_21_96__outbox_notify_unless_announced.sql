-- A statement that announces its own commit to its relay (OutboxSql, the ingest's hot path) says so with the
-- transaction-local setting paybridge.outbox_notify = 'off', and its rows do not NOTIFY; every other insert still
-- does. Why: a transaction that notifies takes PostgreSQL's one NOTIFY lock (one for the whole server, async.c's
-- PreCommit_Notify) at commit and holds it until its commit record is flushed, so notifying commits flush one after
-- another instead of together; at a thousand ingest commits a second the NOTIFY and the wake-ups it caused were half
-- of PostgreSQL's CPU per notification (bench/README.md, run H).
-- The trigger is per row, so a statement that inserted no row (a repeated notification) notifies nobody either.
DROP TRIGGER outbox_message_inserted ON outbox_message;
CREATE TRIGGER outbox_message_inserted AFTER INSERT ON outbox_message FOR EACH ROW
    WHEN (current_setting('paybridge.outbox_notify', true) IS DISTINCT FROM 'off')
    EXECUTE FUNCTION outbox_message_notify();
