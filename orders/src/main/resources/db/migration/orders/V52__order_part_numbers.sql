-- The buyer knows one number, the checkout's; each producer's order is a numbered part of it ("<checkout>-2"),
-- and knows how many parts the checkout has, which never changes once placed. Existing orders are numbered in the
-- order they were created within their checkout.
ALTER TABLE orders
  ADD COLUMN part_no SMALLINT NULL AFTER checkout_id,
  ADD COLUMN parts SMALLINT NULL AFTER part_no;

UPDATE orders o
  JOIN (SELECT id,
               ROW_NUMBER() OVER (PARTITION BY checkout_id ORDER BY id) AS n,
               COUNT(*) OVER (PARTITION BY checkout_id) AS total
          FROM orders) p ON p.id = o.id
   SET o.part_no = p.n, o.parts = p.total;

ALTER TABLE orders
  MODIFY part_no SMALLINT NOT NULL,
  MODIFY parts SMALLINT NOT NULL,
  ADD UNIQUE KEY uk_orders_checkout_part (checkout_id, part_no);
