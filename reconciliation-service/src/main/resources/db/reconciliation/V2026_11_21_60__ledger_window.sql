-- AccountLedger entries have no id of their own: Trustly repeats an order's gluepayid on every entry of the order
-- (its fee entry too), and a settlement's bank transfer may carry none. A pull therefore replaces the window of days it
-- covers (delete what was booked in it, insert what the PSP answered), found by booking time.
ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_gluepay_id_key;
ALTER TABLE ledger_entry ALTER COLUMN gluepay_id DROP NOT NULL;
CREATE INDEX ledger_entry_booked_at ON ledger_entry (booked_at);
