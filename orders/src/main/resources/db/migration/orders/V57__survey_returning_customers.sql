-- Producer and outlet invitations were all stored as from returning customers. Recompute them by the rule the code
-- now follows: a producer is new in the quarter (Bangkok time, UTC+7) it joined; an outlet is new at the receipt of
-- its first supplier order.
UPDATE survey_invitation si
  JOIN producer p ON si.respondent = CONCAT('producer:', p.id)
  SET si.returning_customer = p.created_at < TIMESTAMPADD(HOUR, -7, STR_TO_DATE(
      CONCAT(SUBSTRING(si.occasion, 9, 4), '-', (CAST(SUBSTRING(si.occasion, 15, 1) AS UNSIGNED) - 1) * 3 + 1, '-01'),
      '%Y-%c-%d'))
  WHERE si.segment = 'PRODUCER' AND si.occasion LIKE 'quarter:____-Q_';

UPDATE survey_invitation si
  JOIN supplier_order so ON si.occasion = CONCAT('receipt:', so.public_id)
  JOIN purchase_order po ON po.id = so.purchase_order_id
  SET si.returning_customer = EXISTS (
      SELECT 1 FROM supplier_order earlier JOIN purchase_order epo ON epo.id = earlier.purchase_order_id
      WHERE epo.outlet_id = po.outlet_id AND earlier.received_at < so.received_at)
  WHERE si.segment = 'OUTLET';
