-- A report's rows are copied in (COPY) in the transaction that creates their settlement_report row, by one writer
-- (report.persistence.ReportStore), and neither is ever deleted. The foreign key to settlement_report checked each of a
-- million rows with a trigger of its own: half of the time the copy took. Its guarantee is kept by that single writer.
ALTER TABLE report_row DROP CONSTRAINT report_row_report_id_fkey;
