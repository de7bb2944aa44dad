-- A consumer's saved shipping addresses; one of them may be the default that checkout preselects.
-- District and subdistrict are stored by their Thai names, as checkouts store them.
CREATE TABLE saved_address (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id BIGINT NOT NULL,
  recipient_name VARCHAR(200) NOT NULL,
  phone VARCHAR(10) NOT NULL,
  address_line VARCHAR(300) NOT NULL,
  subdistrict VARCHAR(100) NOT NULL,
  district VARCHAR(100) NOT NULL,
  province_id SMALLINT NOT NULL,
  postcode CHAR(5) NOT NULL,
  is_default BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_saved_address_account (account_id),
  CONSTRAINT fk_saved_address_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_saved_address_province FOREIGN KEY (province_id) REFERENCES province (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
