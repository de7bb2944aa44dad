-- Every OTOP star grade an officer records, kept: the product's star_rating is the latest of these.
-- No history exists for grades stored before this table; they stay on the product until an officer grades again.
CREATE TABLE product_grade (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id BIGINT NOT NULL,
  -- NULL stars: recorded as not graded (group D)
  stars TINYINT NULL,
  grade_year SMALLINT NULL,
  officer_account BIGINT NOT NULL,
  recorded_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_grade_product (product_id, id),
  CONSTRAINT fk_grade_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
