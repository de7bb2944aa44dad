-- Search documents gained the wholesale fields (wholesale, accepts_net_terms, min_order_qty): queue every product
-- with wholesale terms so the indexer rewrites its document, with no manual reindex after an upgrade.
INSERT INTO search_outbox (product_id) SELECT product_id FROM wholesale_terms;
