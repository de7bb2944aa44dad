-- Failed sign-ins by key (a login, or a client address) in the current hour, shared by every instance of both apps,
-- so a throttle holds however many app servers answer.
CREATE TABLE sign_in_throttle (
  throttle_key VARCHAR(200) NOT NULL PRIMARY KEY,
  failures INT NOT NULL,
  window_started_at TIMESTAMP(3) NOT NULL,
  last_failed_at TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
