-- Category codes stay fixed (listings, orders and fee settings name them); their names in both languages,
-- their order and whether new listings may choose them are data that officers manage.
CREATE TABLE category_label (
  code VARCHAR(32) NOT NULL PRIMARY KEY,
  name_th VARCHAR(100) NOT NULL,
  name_en VARCHAR(100) NOT NULL,
  position SMALLINT NOT NULL DEFAULT 0,
  visible BOOLEAN NOT NULL DEFAULT TRUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

INSERT INTO category_label (code, name_th, name_en, position, visible) VALUES
  ('FOOD', 'อาหาร', 'Food', 1, TRUE),
  ('BEVERAGE', 'เครื่องดื่ม', 'Beverages', 2, TRUE),
  ('CLOTH', 'ผ้า เครื่องแต่งกาย', 'Cloth and apparel', 3, TRUE),
  ('HOUSEHOLD', 'ของใช้ ของตกแต่ง ของที่ระลึก', 'Household goods, decorations and souvenirs', 4, TRUE),
  ('HERBAL', 'สมุนไพรที่ไม่ใช่อาหาร', 'Non-food herbal products', 5, TRUE);

-- Counts an officer's hides of a listing, so an appeal belongs to one hide and a producer appeals once per hide.
ALTER TABLE product ADD COLUMN hide_count INT NOT NULL DEFAULT 0;

CREATE TABLE listing_appeal (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id BIGINT NOT NULL,
  hide_number INT NOT NULL,
  producer_id BIGINT NOT NULL,
  hidden_reason VARCHAR(500) NOT NULL,
  body VARCHAR(2000) NOT NULL,
  status VARCHAR(16) NOT NULL DEFAULT 'OPEN',
  reply VARCHAR(2000) NULL,
  decided_by BIGINT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  decided_at TIMESTAMP(3) NULL,
  UNIQUE KEY uk_appeal_hide (product_id, hide_number),
  KEY ix_appeal_status (status, id),
  KEY ix_appeal_producer (producer_id, id),
  CONSTRAINT fk_appeal_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_appeal_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT fk_appeal_officer FOREIGN KEY (decided_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
