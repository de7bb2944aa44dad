-- How many of a line's units were refunded after shipping, so a later refund can only return what is left.
ALTER TABLE order_line ADD COLUMN refunded_quantity INT NOT NULL DEFAULT 0;
