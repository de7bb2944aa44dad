-- Pracharat Sukjai Shop outlets: community retail outlets that buy stock wholesale once an officer verified them.
CREATE TABLE outlet (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(12) NOT NULL,
  name_th VARCHAR(200) NOT NULL,
  name_en VARCHAR(200) NULL,
  province_id SMALLINT NOT NULL,
  address VARCHAR(500) NOT NULL,
  operator_org VARCHAR(200) NOT NULL,
  -- the community fund the outlet is linked to; it may extend the outlet a credit line
  fund_id BIGINT NULL,
  status VARCHAR(16) NOT NULL DEFAULT 'PENDING',
  status_note VARCHAR(500) NULL,
  decided_at TIMESTAMP(3) NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY uk_outlet_public (public_id),
  KEY ix_outlet_status (status),
  KEY ix_outlet_fund (fund_id),
  CONSTRAINT fk_outlet_province FOREIGN KEY (province_id) REFERENCES province (id),
  CONSTRAINT fk_outlet_fund FOREIGN KEY (fund_id) REFERENCES community_fund (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Members act for one outlet: owners manage it, buyers place purchase orders.
ALTER TABLE account
  ADD COLUMN outlet_id BIGINT NULL,
  ADD COLUMN outlet_role VARCHAR(16) NULL,
  ADD KEY ix_account_outlet (outlet_id),
  ADD CONSTRAINT fk_account_outlet FOREIGN KEY (outlet_id) REFERENCES outlet (id);
