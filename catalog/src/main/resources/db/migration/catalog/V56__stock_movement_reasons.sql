-- Stock history shows a label for every reason: the codes once kept in the reference become reasons of their own,
-- and the reference keeps only an order's or purchase order's number (and the option).
UPDATE stock_movement SET reason = 'LISTED', reference = NULL WHERE reason = 'MANUAL' AND reference = 'created';
UPDATE stock_movement SET reference = NULL WHERE reason = 'MANUAL' AND reference = 'edited';
UPDATE stock_movement SET reason = 'WHOLESALE_SALE', reference = SUBSTRING(reference, 4)
  WHERE reason = 'SALE' AND reference LIKE 'po:%';
