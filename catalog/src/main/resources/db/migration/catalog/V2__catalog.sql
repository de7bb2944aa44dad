-- Producers, products, community linkages, stock history and the search outbox.
-- Money is integer satang; every table utf8mb4 with a collation MySQL 8.4 and MariaDB share.

CREATE TABLE producer (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(12) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  name_th VARCHAR(200) NOT NULL,
  name_en VARCHAR(200) NULL,
  story_th TEXT NULL,
  story_en TEXT NULL,
  province_id SMALLINT NOT NULL,
  district VARCHAR(100) NULL,
  subdistrict VARCHAR(100) NULL,
  village VARCHAR(100) NULL,
  phone VARCHAR(20) NULL,
  email VARCHAR(200) NULL,
  promptpay_id VARCHAR(20) NULL,
  accepts_cod BOOLEAN NOT NULL DEFAULT FALSE,
  verification VARCHAR(16) NOT NULL DEFAULT 'PENDING',
  verification_note VARCHAR(500) NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY uk_producer_public (public_id),
  KEY ix_producer_province (province_id),
  CONSTRAINT fk_producer_province FOREIGN KEY (province_id) REFERENCES province (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE product (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(12) NOT NULL,
  producer_id BIGINT NOT NULL,
  title_th VARCHAR(200) NOT NULL,
  title_en VARCHAR(200) NULL,
  description_th TEXT NULL,
  description_en TEXT NULL,
  category VARCHAR(32) NOT NULL,
  star_rating TINYINT NULL,
  star_year SMALLINT NULL,
  price_satang BIGINT NOT NULL,
  stock INT NOT NULL DEFAULT 0,
  unit_th VARCHAR(50) NOT NULL DEFAULT 'ชิ้น',
  unit_en VARCHAR(50) NOT NULL DEFAULT 'piece',
  weight_grams INT NOT NULL DEFAULT 0,
  processing_days SMALLINT NOT NULL DEFAULT 0,
  status VARCHAR(16) NOT NULL DEFAULT 'DRAFT',
  hidden_reason VARCHAR(500) NULL,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  deleted_at TIMESTAMP(3) NULL,
  UNIQUE KEY uk_product_public (public_id),
  KEY ix_product_producer (producer_id),
  CONSTRAINT fk_product_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT ck_product_stock CHECK (stock >= 0),
  CONSTRAINT ck_product_price CHECK (price_satang >= 0),
  CONSTRAINT ck_product_stars CHECK (star_rating IS NULL OR star_rating BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE product_variant (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id BIGINT NOT NULL,
  name_th VARCHAR(100) NOT NULL,
  name_en VARCHAR(100) NULL,
  price_satang BIGINT NOT NULL,
  stock INT NOT NULL DEFAULT 0,
  photo_key VARCHAR(200) NULL,
  position SMALLINT NOT NULL DEFAULT 0,
  KEY ix_variant_product (product_id),
  CONSTRAINT fk_variant_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT ck_variant_stock CHECK (stock >= 0),
  CONSTRAINT ck_variant_price CHECK (price_satang >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE product_photo (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id BIGINT NOT NULL,
  position SMALLINT NOT NULL,
  storage_key VARCHAR(200) NOT NULL,
  width INT NOT NULL,
  height INT NOT NULL,
  alt_th VARCHAR(200) NULL,
  alt_en VARCHAR(200) NULL,
  KEY ix_photo_product (product_id, position),
  CONSTRAINT fk_photo_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Every change of stock, with its reason, so producers see why a number moved.
CREATE TABLE stock_movement (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id BIGINT NOT NULL,
  delta INT NOT NULL,
  reason VARCHAR(16) NOT NULL,
  reference VARCHAR(64) NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_movement_product (product_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Sammachip ("honest livelihood") programme of one village: the community sage and the trainer team.
CREATE TABLE sammachip_programme (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  province_id SMALLINT NOT NULL,
  district VARCHAR(100) NOT NULL,
  subdistrict VARCHAR(100) NOT NULL,
  village VARCHAR(100) NOT NULL,
  sage_name VARCHAR(200) NOT NULL,
  trainer_names VARCHAR(1000) NOT NULL,
  households_trained INT NOT NULL DEFAULT 0,
  occupations VARCHAR(1000) NOT NULL,
  started_year SMALLINT NULL,
  CONSTRAINT fk_programme_province FOREIGN KEY (province_id) REFERENCES province (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE occupational_group (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name_th VARCHAR(200) NOT NULL,
  name_en VARCHAR(200) NULL,
  programme_id BIGINT NULL,
  households INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_group_programme FOREIGN KEY (programme_id) REFERENCES sammachip_programme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE community_fund (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind VARCHAR(32) NOT NULL,
  name_th VARCHAR(200) NOT NULL,
  name_en VARCHAR(200) NULL,
  province_id SMALLINT NOT NULL,
  CONSTRAINT fk_fund_province FOREIGN KEY (province_id) REFERENCES province (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE producer_group (
  producer_id BIGINT NOT NULL,
  group_id BIGINT NOT NULL,
  confirmed BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (producer_id, group_id),
  CONSTRAINT fk_pg_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT fk_pg_group FOREIGN KEY (group_id) REFERENCES occupational_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE producer_fund (
  producer_id BIGINT NOT NULL,
  fund_id BIGINT NOT NULL,
  relation VARCHAR(16) NOT NULL,
  confirmed BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (producer_id, fund_id, relation),
  CONSTRAINT fk_pf_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT fk_pf_fund FOREIGN KEY (fund_id) REFERENCES community_fund (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Written in the same transaction as every change search must see; drained by the indexer.
CREATE TABLE search_outbox (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id BIGINT NOT NULL,
  attempts INT NOT NULL DEFAULT 0,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_outbox_product (product_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Search impressions per day and producer segment: the exposure side of the fair-exposure report.
CREATE TABLE search_exposure (
  day DATE NOT NULL,
  segment VARCHAR(16) NOT NULL,
  impressions BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (day, segment)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
