-- Before the registry, each producer's declaration made a fund row of its own, so one real fund was split into many.
-- Funds of the same province, kind and name become the oldest of them; everything that named a duplicate names it.
CREATE TEMPORARY TABLE fund_duplicate AS
  SELECT f.id AS duplicate_id, k.keep_id
  FROM community_fund f
  JOIN (SELECT province_id, kind, TRIM(name_th) AS name_th, MIN(id) AS keep_id
        FROM community_fund GROUP BY province_id, kind, TRIM(name_th)) k
    ON k.province_id = f.province_id AND k.kind = f.kind AND k.name_th = TRIM(f.name_th)
  WHERE f.id <> k.keep_id;

INSERT IGNORE INTO producer_fund (producer_id, fund_id, relation, confirmed, rejected_at, decision_note, decided_by)
  SELECT pf.producer_id, d.keep_id, pf.relation, pf.confirmed, pf.rejected_at, pf.decision_note, pf.decided_by
  FROM producer_fund pf JOIN fund_duplicate d ON d.duplicate_id = pf.fund_id;
DELETE pf FROM producer_fund pf JOIN fund_duplicate d ON d.duplicate_id = pf.fund_id;

UPDATE outlet o JOIN fund_duplicate d ON d.duplicate_id = o.fund_id SET o.fund_id = d.keep_id;
UPDATE fund_manager m JOIN fund_duplicate d ON d.duplicate_id = m.fund_id SET m.fund_id = d.keep_id;
UPDATE credit_line c JOIN fund_duplicate d ON d.duplicate_id = c.fund_id SET c.fund_id = d.keep_id;
UPDATE supplier_order s JOIN fund_duplicate d ON d.duplicate_id = s.fund_id SET s.fund_id = d.keep_id;
UPDATE outlet_invoice i JOIN fund_duplicate d ON d.duplicate_id = i.fund_id SET i.fund_id = d.keep_id;
UPDATE ledger_entry e JOIN fund_duplicate d ON d.duplicate_id = e.fund_id SET e.fund_id = d.keep_id;
UPDATE community_fund f JOIN fund_duplicate d ON d.duplicate_id = f.id
  SET f.status = 'MERGED', f.merged_into = d.keep_id;

DROP TEMPORARY TABLE fund_duplicate;
