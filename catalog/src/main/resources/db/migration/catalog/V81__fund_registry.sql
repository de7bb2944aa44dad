-- One registry of community funds: a fund exists once, by village. A producer picks a fund from it or proposes a new
-- one, which an officer approves; a duplicate is merged into the fund that stays, and keeps pointing at it.
ALTER TABLE community_fund
  ADD COLUMN village VARCHAR(100) NULL,
  ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'APPROVED',
  ADD COLUMN proposed_by BIGINT NULL,
  ADD COLUMN merged_into BIGINT NULL,
  ADD KEY ix_fund_registry (province_id, status),
  ADD CONSTRAINT fk_fund_merged FOREIGN KEY (merged_into) REFERENCES community_fund (id);
