-- A producer's wholesale terms for one product: minimum order, case pack, net terms and price tiers by quantity.
CREATE TABLE wholesale_terms (
  product_id BIGINT NOT NULL PRIMARY KEY,
  min_order_qty INT NOT NULL,
  case_pack INT NOT NULL,
  accepts_net_terms BOOLEAN NOT NULL DEFAULT TRUE,
  updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_wholesale_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT ck_wholesale_min CHECK (min_order_qty >= 1),
  CONSTRAINT ck_wholesale_case CHECK (case_pack >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- The unit price from a quantity up; the tier with the largest min_qty not above the ordered quantity applies.
CREATE TABLE wholesale_price_tier (
  product_id BIGINT NOT NULL,
  min_qty INT NOT NULL,
  unit_price_satang BIGINT NOT NULL,
  PRIMARY KEY (product_id, min_qty),
  CONSTRAINT fk_tier_terms FOREIGN KEY (product_id) REFERENCES wholesale_terms (product_id) ON DELETE CASCADE,
  CONSTRAINT ck_tier_price CHECK (unit_price_satang > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
