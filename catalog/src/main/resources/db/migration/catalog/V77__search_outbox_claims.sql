-- The relay claims a batch in a short transaction and indexes it after that transaction ends, so no outbox row lock is
-- held while documents are read or Elasticsearch is called. A claim lasts until claimed_until; a relay that dies
-- mid-batch leaves rows whose claim simply runs out. A change Elasticsearch refuses for good (a 4xx other than 409 and
-- 429) is parked with the reason instead of being tried forever or holding up the rows behind it.
ALTER TABLE search_outbox
  ADD COLUMN claimed_until DATETIME(3) NULL,
  ADD COLUMN parked_reason VARCHAR(500) NULL;
