-- Carts, checkouts split into one order per producer, the order history, the money ledger,
-- processed Stripe events and the notification outbox. Money is integer satang.

-- A cart belongs to a buyer ("guest:<token>" or "account:<id>") forever; open_owner_key repeats the
-- owner only while the cart is open, so the unique key allows one open cart per buyer (NULLs never clash).
CREATE TABLE cart (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner_key VARCHAR(80) NOT NULL,
  open_owner_key VARCHAR(80) NULL,
  status VARCHAR(16) NOT NULL DEFAULT 'OPEN',
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY uk_cart_open_owner (open_owner_key),
  KEY ix_cart_owner (owner_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Only product and quantity: prices are read from the catalog whenever the cart is shown or ordered.
CREATE TABLE cart_line (
  cart_id BIGINT NOT NULL,
  product_id BIGINT NOT NULL,
  quantity INT NOT NULL,
  added_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (cart_id, product_id),
  CONSTRAINT fk_cart_line_cart FOREIGN KEY (cart_id) REFERENCES cart (id) ON DELETE CASCADE,
  CONSTRAINT fk_cart_line_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- One "place order": the unique idempotency key makes a retried or doubled request find the first one.
CREATE TABLE checkout (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(12) NOT NULL,
  idempotency_key VARCHAR(64) NOT NULL,
  cart_id BIGINT NOT NULL,
  buyer_key VARCHAR(80) NOT NULL,
  buyer_email VARCHAR(200) NOT NULL,
  ship_name VARCHAR(200) NOT NULL,
  ship_phone VARCHAR(10) NOT NULL,
  ship_line VARCHAR(300) NOT NULL,
  ship_subdistrict VARCHAR(100) NOT NULL,
  ship_district VARCHAR(100) NOT NULL,
  ship_province_id SMALLINT NOT NULL,
  ship_postcode CHAR(5) NOT NULL,
  payment_method VARCHAR(16) NOT NULL,
  payment_status VARCHAR(16) NOT NULL DEFAULT 'AWAITING',
  payment_flag VARCHAR(32) NULL,
  stripe_payment_intent VARCHAR(100) NULL,
  items_satang BIGINT NOT NULL DEFAULT 0,
  shipping_satang BIGINT NOT NULL DEFAULT 0,
  total_satang BIGINT NOT NULL DEFAULT 0,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY uk_checkout_public (public_id),
  UNIQUE KEY uk_checkout_idempotency (idempotency_key),
  UNIQUE KEY uk_checkout_cart (cart_id),
  KEY ix_checkout_buyer (buyer_key),
  KEY ix_checkout_intent (stripe_payment_intent),
  CONSTRAINT fk_checkout_cart FOREIGN KEY (cart_id) REFERENCES cart (id),
  CONSTRAINT fk_checkout_province FOREIGN KEY (ship_province_id) REFERENCES province (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- One producer's part of a checkout. expires_at is set while the order waits for an online payment.
CREATE TABLE orders (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(12) NOT NULL,
  checkout_id BIGINT NOT NULL,
  producer_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  payment_method VARCHAR(16) NOT NULL,
  items_satang BIGINT NOT NULL,
  shipping_satang BIGINT NOT NULL,
  total_satang BIGINT NOT NULL,
  fee_satang BIGINT NOT NULL,
  refunded_satang BIGINT NOT NULL DEFAULT 0,
  paid_at TIMESTAMP(3) NULL,
  expires_at TIMESTAMP(3) NULL,
  carrier VARCHAR(16) NULL,
  tracking_number VARCHAR(40) NULL,
  cancel_reason VARCHAR(500) NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY uk_orders_public (public_id),
  KEY ix_orders_checkout (checkout_id),
  KEY ix_orders_producer (producer_id, status),
  KEY ix_orders_expiry (status, expires_at),
  CONSTRAINT fk_orders_checkout FOREIGN KEY (checkout_id) REFERENCES checkout (id),
  CONSTRAINT fk_orders_producer FOREIGN KEY (producer_id) REFERENCES producer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- What was bought at which price: a copy, so later catalog edits never change a placed order.
CREATE TABLE order_line (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id BIGINT NOT NULL,
  product_id BIGINT NOT NULL,
  title_th VARCHAR(200) NOT NULL,
  title_en VARCHAR(200) NULL,
  category VARCHAR(32) NOT NULL,
  unit_price_satang BIGINT NOT NULL,
  quantity INT NOT NULL,
  line_satang BIGINT NOT NULL,
  weight_grams INT NOT NULL,
  KEY ix_order_line_order (order_id),
  CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES orders (id),
  CONSTRAINT fk_order_line_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Every transition of an order: who did what, when.
CREATE TABLE order_event (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id BIGINT NOT NULL,
  action VARCHAR(24) NOT NULL,
  from_status VARCHAR(20) NULL,
  to_status VARCHAR(20) NOT NULL,
  actor VARCHAR(80) NOT NULL,
  note VARCHAR(500) NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_order_event_order (order_id, id),
  CONSTRAINT fk_order_event_order FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE payout (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  producer_id BIGINT NOT NULL,
  amount_satang BIGINT NOT NULL,
  bank_reference VARCHAR(100) NOT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_payout_producer (producer_id, id),
  CONSTRAINT fk_payout_producer FOREIGN KEY (producer_id) REFERENCES producer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Double entry: the rows of one posting sum to zero, so every checkout's and payout's rows do too.
CREATE TABLE ledger_entry (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  posting VARCHAR(24) NOT NULL,
  account VARCHAR(24) NOT NULL,
  producer_id BIGINT NULL,
  amount_satang BIGINT NOT NULL,
  checkout_id BIGINT NULL,
  order_id BIGINT NULL,
  payout_id BIGINT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_ledger_account (account, producer_id),
  KEY ix_ledger_checkout (checkout_id),
  KEY ix_ledger_order (order_id),
  CONSTRAINT fk_ledger_checkout FOREIGN KEY (checkout_id) REFERENCES checkout (id),
  CONSTRAINT fk_ledger_order FOREIGN KEY (order_id) REFERENCES orders (id),
  CONSTRAINT fk_ledger_payout FOREIGN KEY (payout_id) REFERENCES payout (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Stripe delivers events at least once and in any order: an event id is applied once, with its effect.
CREATE TABLE stripe_event (
  event_id VARCHAR(100) NOT NULL PRIMARY KEY,
  type VARCHAR(100) NOT NULL,
  received_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Mail to send, written in the transaction of the change it tells about; a row stays until it is sent.
CREATE TABLE notification_outbox (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recipient VARCHAR(200) NOT NULL,
  subject VARCHAR(300) NOT NULL,
  body TEXT NOT NULL,
  attempts INT NOT NULL DEFAULT 0,
  last_error VARCHAR(500) NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  sent_at TIMESTAMP(3) NULL,
  KEY ix_notification_pending (sent_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
