-- A sammachip programme's register kept by CDD officers: each household trained with its basic-needs (จปฐ.) standing,
-- and the officers' follow-up visits. The programme's households_trained follows the register once it has rows.
CREATE TABLE programme_household (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  programme_id BIGINT NOT NULL,
  head_name VARCHAR(200) NOT NULL,
  standing VARCHAR(24) NOT NULL,
  occupation VARCHAR(200) NULL,
  officer_account BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_household_programme (programme_id, id),
  CONSTRAINT fk_household_programme FOREIGN KEY (programme_id) REFERENCES sammachip_programme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE programme_visit (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  programme_id BIGINT NOT NULL,
  visited_on DATE NOT NULL,
  note VARCHAR(1000) NOT NULL,
  officer_account BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_visit_programme (programme_id, visited_on),
  CONSTRAINT fk_visit_programme FOREIGN KEY (programme_id) REFERENCES sammachip_programme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
