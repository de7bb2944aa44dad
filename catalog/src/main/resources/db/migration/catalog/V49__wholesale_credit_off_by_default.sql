-- A producer offers net terms (credit) to outlets only when it chooses to: off unless ticked. Existing rows keep their
-- value, because every row was written by the wholesale terms form or service with the producer's explicit choice; the
-- old TRUE default never filled a row by itself.
ALTER TABLE wholesale_terms ALTER COLUMN accepts_net_terms SET DEFAULT FALSE;
