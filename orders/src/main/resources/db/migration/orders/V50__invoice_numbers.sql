-- An outlet invoice carries its own number, INV-<Buddhist-era year of issue>-<running number of that year>, apart from
-- the purchase order's. One counter row per year; issuing an invoice advances it in the same transaction, so numbers
-- have no gaps and two invoices never share one.
CREATE TABLE invoice_sequence (
  issue_year SMALLINT NOT NULL PRIMARY KEY,
  last_number INT NOT NULL,
  CONSTRAINT ck_invoice_sequence CHECK (last_number >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

ALTER TABLE outlet_invoice ADD COLUMN invoice_number VARCHAR(20) NULL AFTER public_id;

-- Invoices issued before numbering get numbers in the order they were issued, year by year.
UPDATE outlet_invoice i
  JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY YEAR(issued_on) ORDER BY issued_on, id) AS n FROM outlet_invoice) r
    ON r.id = i.id
  SET i.invoice_number = CONCAT('INV-', YEAR(i.issued_on) + 543, '-', LPAD(r.n, 6, '0'));

INSERT INTO invoice_sequence (issue_year, last_number)
  SELECT YEAR(issued_on) + 543, COUNT(*) FROM outlet_invoice GROUP BY YEAR(issued_on) + 543;

ALTER TABLE outlet_invoice
  MODIFY invoice_number VARCHAR(20) NOT NULL,
  ADD UNIQUE KEY uk_invoice_number (invoice_number);
