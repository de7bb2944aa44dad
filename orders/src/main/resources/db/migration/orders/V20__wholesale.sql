-- Sukjai Shop wholesale: credit lines extended by community funds, purchase orders split into one supplier order per
-- producer, receiving with damage reports, net-terms invoices and their repayments. Money is integer satang.

-- One credit line per outlet, extended by the outlet's linked community fund.
CREATE TABLE credit_line (
  outlet_id BIGINT NOT NULL PRIMARY KEY,
  fund_id BIGINT NOT NULL,
  limit_satang BIGINT NOT NULL,
  net_days SMALLINT NOT NULL,
  updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_credit_outlet FOREIGN KEY (outlet_id) REFERENCES outlet (id),
  CONSTRAINT fk_credit_fund FOREIGN KEY (fund_id) REFERENCES community_fund (id),
  CONSTRAINT ck_credit_limit CHECK (limit_satang >= 0),
  CONSTRAINT ck_credit_days CHECK (net_days BETWEEN 1 AND 120)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- One "place purchase order"; the unique idempotency key makes a retried request find the first one.
CREATE TABLE purchase_order (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(12) NOT NULL,
  idempotency_key VARCHAR(64) NOT NULL,
  outlet_id BIGINT NOT NULL,
  placed_by BIGINT NOT NULL,
  payment VARCHAR(16) NOT NULL,
  status VARCHAR(20) NOT NULL,
  items_satang BIGINT NOT NULL DEFAULT 0,
  reorder_of BIGINT NULL,
  paid_at TIMESTAMP(3) NULL,
  payment_reference VARCHAR(100) NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY uk_po_public (public_id),
  UNIQUE KEY uk_po_idempotency (idempotency_key),
  KEY ix_po_outlet (outlet_id, id),
  CONSTRAINT fk_po_outlet FOREIGN KEY (outlet_id) REFERENCES outlet (id),
  CONSTRAINT fk_po_account FOREIGN KEY (placed_by) REFERENCES account (id),
  CONSTRAINT fk_po_reorder FOREIGN KEY (reorder_of) REFERENCES purchase_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- One producer's part of a purchase order; fee and fund share fixed when placed.
CREATE TABLE supplier_order (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(12) NOT NULL,
  purchase_order_id BIGINT NOT NULL,
  producer_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  items_satang BIGINT NOT NULL,
  fee_satang BIGINT NOT NULL,
  fund_id BIGINT NULL,
  contribution_satang BIGINT NOT NULL DEFAULT 0,
  carrier VARCHAR(16) NULL,
  tracking_number VARCHAR(40) NULL,
  shipped_at TIMESTAMP(3) NULL,
  received_at TIMESTAMP(3) NULL,
  received_by BIGINT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY uk_so_public (public_id),
  KEY ix_so_po (purchase_order_id),
  KEY ix_so_producer (producer_id, status),
  CONSTRAINT fk_so_po FOREIGN KEY (purchase_order_id) REFERENCES purchase_order (id),
  CONSTRAINT fk_so_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT fk_so_fund FOREIGN KEY (fund_id) REFERENCES community_fund (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- What was ordered at which tier price (a copy), and what arrived: in good order, damaged, the rest missing.
CREATE TABLE supplier_order_line (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  supplier_order_id BIGINT NOT NULL,
  product_id BIGINT NOT NULL,
  title_th VARCHAR(200) NOT NULL,
  title_en VARCHAR(200) NULL,
  category VARCHAR(32) NOT NULL,
  unit_th VARCHAR(50) NOT NULL,
  unit_price_satang BIGINT NOT NULL,
  quantity INT NOT NULL,
  line_satang BIGINT NOT NULL,
  case_pack INT NOT NULL,
  received_qty INT NULL,
  damaged_qty INT NOT NULL DEFAULT 0,
  issue_note VARCHAR(500) NULL,
  KEY ix_sol_order (supplier_order_id),
  KEY ix_sol_product (product_id),
  CONSTRAINT fk_sol_order FOREIGN KEY (supplier_order_id) REFERENCES supplier_order (id),
  CONSTRAINT fk_sol_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT ck_sol_received CHECK (received_qty IS NULL OR (received_qty >= 0 AND received_qty + damaged_qty <= quantity))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- A net-terms purchase order is invoiced to the outlet at once, due after the credit line's net days.
CREATE TABLE outlet_invoice (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(12) NOT NULL,
  purchase_order_id BIGINT NOT NULL,
  outlet_id BIGINT NOT NULL,
  fund_id BIGINT NOT NULL,
  amount_satang BIGINT NOT NULL,
  repaid_satang BIGINT NOT NULL DEFAULT 0,
  issued_on DATE NOT NULL,
  due_on DATE NOT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY uk_invoice_public (public_id),
  UNIQUE KEY uk_invoice_po (purchase_order_id),
  KEY ix_invoice_outlet (outlet_id, due_on),
  CONSTRAINT fk_invoice_po FOREIGN KEY (purchase_order_id) REFERENCES purchase_order (id),
  CONSTRAINT fk_invoice_outlet FOREIGN KEY (outlet_id) REFERENCES outlet (id),
  CONSTRAINT fk_invoice_fund FOREIGN KEY (fund_id) REFERENCES community_fund (id),
  CONSTRAINT ck_invoice_repaid CHECK (repaid_satang >= 0 AND repaid_satang <= amount_satang)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE credit_repayment (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  invoice_id BIGINT NOT NULL,
  amount_satang BIGINT NOT NULL,
  reference VARCHAR(100) NOT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_repayment_invoice (invoice_id),
  CONSTRAINT fk_repayment_invoice FOREIGN KEY (invoice_id) REFERENCES outlet_invoice (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Ledger entries of wholesale and of community funds name what they belong to.
ALTER TABLE ledger_entry
  ADD COLUMN fund_id BIGINT NULL,
  ADD COLUMN outlet_id BIGINT NULL,
  ADD COLUMN purchase_order_id BIGINT NULL,
  ADD COLUMN supplier_order_id BIGINT NULL,
  ADD KEY ix_ledger_fund (fund_id),
  ADD KEY ix_ledger_outlet (outlet_id),
  ADD KEY ix_ledger_supplier_order (supplier_order_id),
  ADD CONSTRAINT fk_ledger_fund FOREIGN KEY (fund_id) REFERENCES community_fund (id),
  ADD CONSTRAINT fk_ledger_outlet FOREIGN KEY (outlet_id) REFERENCES outlet (id),
  ADD CONSTRAINT fk_ledger_po FOREIGN KEY (purchase_order_id) REFERENCES purchase_order (id),
  ADD CONSTRAINT fk_ledger_so FOREIGN KEY (supplier_order_id) REFERENCES supplier_order (id);
