-- The people who run a community fund on the marketplace, invited by an officer. An account manages one fund; a fund
-- may have several managers.
CREATE TABLE fund_manager (
  account_id BIGINT NOT NULL PRIMARY KEY,
  fund_id BIGINT NOT NULL,
  invited_by BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_fund_manager_fund (fund_id),
  CONSTRAINT fk_fund_manager_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_fund_manager_fund FOREIGN KEY (fund_id) REFERENCES community_fund (id),
  CONSTRAINT fk_fund_manager_inviter FOREIGN KEY (invited_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
