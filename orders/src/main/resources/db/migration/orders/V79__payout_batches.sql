-- Transfers to producers are recorded by a finance officer in batches (a single payout is a batch of one), so a
-- batch can be exported for the bank and every payout names the officer who recorded it.
CREATE TABLE payout_batch (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  officer_account BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_payout_batch_time (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

ALTER TABLE payout
  ADD COLUMN batch_id BIGINT NULL,
  ADD KEY ix_payout_batch (batch_id),
  ADD CONSTRAINT fk_payout_batch FOREIGN KEY (batch_id) REFERENCES payout_batch (id);
