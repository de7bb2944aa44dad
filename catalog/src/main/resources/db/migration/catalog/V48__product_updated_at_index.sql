-- The storefront asks every second which products changed (ProductChanges), to drop the pages it keeps for them.
CREATE INDEX product_updated_at ON product (updated_at);
