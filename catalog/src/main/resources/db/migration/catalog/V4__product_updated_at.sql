-- Every write to a product moves updated_at, so a reindex can requeue exactly what changed meanwhile.
ALTER TABLE product MODIFY updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3);
