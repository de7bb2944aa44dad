-- A complaint opened for a Sukjai Shop outlet (a receiving report on a supplier order) belongs to the outlet, so
-- every member of the outlet sees it, not only the member who counted the goods.
ALTER TABLE complaint ADD COLUMN outlet_id BIGINT NULL AFTER producer_id;
CREATE INDEX ix_complaint_outlet ON complaint (outlet_id);
