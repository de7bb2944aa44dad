-- Listening to customers: reviews by buyers, complaints with tracked resolution, satisfaction surveys.

CREATE TABLE review (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id BIGINT NOT NULL,
  product_id BIGINT NOT NULL,
  producer_id BIGINT NOT NULL,
  buyer_key VARCHAR(80) NOT NULL,
  stars TINYINT NOT NULL,
  body TEXT NULL,
  photo_key VARCHAR(200) NULL,
  reply TEXT NULL,
  replied_at TIMESTAMP(3) NULL,
  hidden_reason VARCHAR(500) NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY uk_review_order_product (order_id, product_id),
  KEY ix_review_product (product_id),
  KEY ix_review_producer (producer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE complaint (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(12) NOT NULL,
  opened_by VARCHAR(80) NOT NULL,
  segment VARCHAR(16) NOT NULL,
  subject VARCHAR(16) NOT NULL,
  subject_ref VARCHAR(40) NULL,
  producer_id BIGINT NULL,
  category VARCHAR(24) NOT NULL,
  status VARCHAR(20) NOT NULL,
  handler VARCHAR(16) NOT NULL,
  escalated BOOLEAN NOT NULL DEFAULT FALSE,
  first_reply_due TIMESTAMP(3) NOT NULL,
  resolution_due TIMESTAMP(3) NOT NULL,
  first_replied_at TIMESTAMP(3) NULL,
  resolved_at TIMESTAMP(3) NULL,
  closed_at TIMESTAMP(3) NULL,
  satisfaction TINYINT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY uk_complaint_public (public_id),
  KEY ix_complaint_open (status, escalated)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE complaint_message (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  complaint_id BIGINT NOT NULL,
  author VARCHAR(80) NOT NULL,
  author_role VARCHAR(16) NOT NULL,
  body TEXT NOT NULL,
  photo_key VARCHAR(200) NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_message_complaint (complaint_id, id),
  CONSTRAINT fk_message_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE survey_invitation (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(12) NOT NULL,
  respondent VARCHAR(80) NOT NULL,
  segment VARCHAR(16) NOT NULL,
  occasion VARCHAR(60) NOT NULL,
  returning_customer BOOLEAN NOT NULL DEFAULT FALSE,
  score TINYINT NULL,
  comment VARCHAR(2000) NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  answered_at TIMESTAMP(3) NULL,
  UNIQUE KEY uk_survey_public (public_id),
  UNIQUE KEY uk_survey_occasion (respondent, occasion)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
