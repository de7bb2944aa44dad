-- An officer confirms or rejects a link a producer declared. Pending: neither confirmed nor rejected.
-- A rejected link keeps the officer's note, which its producer reads; declaring it again makes it pending.
ALTER TABLE producer_group
  ADD COLUMN rejected_at TIMESTAMP(3) NULL,
  ADD COLUMN decision_note VARCHAR(500) NULL,
  ADD COLUMN decided_by BIGINT NULL;

ALTER TABLE producer_fund
  ADD COLUMN rejected_at TIMESTAMP(3) NULL,
  ADD COLUMN decision_note VARCHAR(500) NULL,
  ADD COLUMN decided_by BIGINT NULL;
