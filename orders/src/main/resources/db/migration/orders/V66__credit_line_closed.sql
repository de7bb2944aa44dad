-- A fund closes a credit line instead of deleting it: the line's history stays, unpaid invoices stay owed, and the
-- outlet cannot draw on it until the fund extends it again.
ALTER TABLE credit_line ADD COLUMN closed_at TIMESTAMP(3) NULL;
