-- Options (size, colour) bought through the cart and checkout.

-- A cart line is one product, or one option of it: variant_id 0 stands for the product itself, because a key column
-- cannot be NULL. No foreign key for the same reason; a line whose option was removed is dropped when the cart is read.
ALTER TABLE cart_line
  ADD COLUMN variant_id BIGINT NOT NULL DEFAULT 0 AFTER product_id,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (cart_id, product_id, variant_id);

-- The option bought and its name at that moment, a copy like the title, so a renamed or removed option never changes
-- a placed order; variant_id (no foreign key: options are deleted for good) returns its units on cancellation.
ALTER TABLE order_line
  ADD COLUMN variant_id BIGINT NULL AFTER product_id,
  ADD COLUMN variant_name_th VARCHAR(100) NULL AFTER title_en,
  ADD COLUMN variant_name_en VARCHAR(100) NULL AFTER variant_name_th;
