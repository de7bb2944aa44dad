-- People who sign in: consumers, producer members, outlet members, officers and admins.
CREATE TABLE account (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(12) NOT NULL,
  email VARCHAR(200) NULL,
  phone VARCHAR(20) NULL,
  password_hash VARCHAR(100) NOT NULL,
  display_name VARCHAR(200) NOT NULL,
  role VARCHAR(16) NOT NULL,
  producer_id BIGINT NULL,
  producer_role VARCHAR(16) NULL,
  -- raised by "sign out everywhere": sign-in tokens carry the epoch they were issued under
  session_epoch INT NOT NULL DEFAULT 0,
  marketing_consent BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  deleted_at TIMESTAMP(3) NULL,
  UNIQUE KEY uk_account_public (public_id),
  UNIQUE KEY uk_account_email (email),
  UNIQUE KEY uk_account_phone (phone),
  KEY ix_account_producer (producer_id),
  CONSTRAINT fk_account_producer FOREIGN KEY (producer_id) REFERENCES producer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- One-time password reset links; only a hash of the token is stored.
CREATE TABLE password_reset (
  token_hash CHAR(64) NOT NULL PRIMARY KEY,
  account_id BIGINT NOT NULL,
  expires_at TIMESTAMP(3) NOT NULL,
  used_at TIMESTAMP(3) NULL,
  CONSTRAINT fk_reset_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
