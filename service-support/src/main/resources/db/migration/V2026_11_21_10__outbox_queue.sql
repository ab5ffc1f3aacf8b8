-- The outbox becomes a queue: the relay deletes the rows Kafka acknowledged, in the transaction that
-- claimed them, instead of marking them published and keeping them for a retention.
--
-- Marking was an UPDATE of every row that could never be HOT (published_at was in two partial
-- indexes): a second copy of the whole row and four new index entries per message, and a table and
-- indexes that kept growing until the purge, each vacuum scanning them. At a thousand notifications a
-- second that vacuum took a fifth of a core on the ingest's machine in bursts of seconds (see
-- bench/README.md). The record itself lives on in Kafka; the ingest keeps the raw notification in its
-- inbox.
DELETE FROM outbox_message WHERE published_at IS NOT NULL;
DROP INDEX outbox_message_unpublished;
DROP INDEX outbox_message_published_at;
ALTER TABLE outbox_message DROP COLUMN published_at;
-- event_id stays unique only while a row waits; consumers deduplicate by ce_id, not by this index.
ALTER TABLE outbox_message DROP CONSTRAINT outbox_message_event_id_key;
