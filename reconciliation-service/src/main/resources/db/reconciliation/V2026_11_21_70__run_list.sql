-- The read API's list of runs (GET /v1/reconciliations): by start, newest first, ties broken by id, optionally within
-- a range of settlement dates. A run's breaks are found by the recon_break run indexes of V2026_11_21_50.
CREATE INDEX reconciliation_run_started ON reconciliation_run (started_at, id);
CREATE INDEX reconciliation_run_settlement_date ON reconciliation_run (settlement_date, started_at);
