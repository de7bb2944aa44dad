-- Products a consumer saved as favourites; one row per account and product.
CREATE TABLE favourite (
  account_id BIGINT NOT NULL,
  product_id BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (account_id, product_id),
  KEY ix_favourite_product (product_id),
  CONSTRAINT fk_favourite_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_favourite_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
