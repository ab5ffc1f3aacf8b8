-- Which report row settled a movement: one narrow row per settled movement, inserted by the run that paired them (or by
-- the consumer when a later event explains an unexpected row), instead of an UPDATE of the movement. A run settles a
-- million movements; updating a million wide expected_movement rows (a new version of each) took three times as long
-- as inserting a million of these. Movements are now written once, by the events, and only cancelled changes.
-- The primary key keeps a movement from being settled twice. Like report_row, it has no foreign keys: a trigger per row
-- would double the insert, and the run and the consumer are its only writers, both within the movement's own checks.
CREATE TABLE movement_settlement (
    movement_id   bigint PRIMARY KEY,
    report_row_id bigint NOT NULL
);
INSERT INTO movement_settlement (movement_id, report_row_id)
    SELECT id, settled_row_id FROM expected_movement WHERE settled_row_id IS NOT NULL;
ALTER TABLE expected_movement DROP COLUMN settled_row_id;
-- pages no longer keep room for the run's HOT updates (new pages fill up; a VACUUM FULL compacts the old ones)
ALTER TABLE expected_movement SET (fillfactor = 100);
