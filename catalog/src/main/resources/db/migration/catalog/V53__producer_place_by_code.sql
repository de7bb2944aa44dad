-- A producer's district and subdistrict are kept by their codes (a renamed area then reaches every shop, and the
-- foreign keys refuse removing one in use), with the shop's postcode, which the profile now asks for.
ALTER TABLE producer
  MODIFY village VARCHAR(300) NULL,
  ADD COLUMN district_id INT NULL AFTER province_id,
  ADD COLUMN subdistrict_id INT NULL AFTER district_id,
  ADD COLUMN postcode CHAR(5) NULL AFTER subdistrict_id;

UPDATE producer pr
  JOIN district d ON d.province_id = pr.province_id AND d.name_th = pr.district
   SET pr.district_id = d.id;

UPDATE producer pr
  JOIN subdistrict s ON s.district_id = pr.district_id AND s.name_th = pr.subdistrict
   SET pr.subdistrict_id = s.id;

-- a subdistrict served by one postcode gives the shop its postcode
UPDATE producer pr
  JOIN (SELECT subdistrict_id, MIN(postcode) AS postcode FROM subdistrict_postcode
         GROUP BY subdistrict_id HAVING COUNT(*) = 1) p ON p.subdistrict_id = pr.subdistrict_id
   SET pr.postcode = p.postcode;

-- names that match no area are kept in the address line, in the order Thai addresses are written, so nothing
-- typed is lost; the producer picks the area again on the next edit of the profile
UPDATE producer
   SET village = CONCAT_WS(' ', NULLIF(village, ''), NULLIF(subdistrict, ''),
                           CASE WHEN district_id IS NULL THEN NULLIF(district, '') END)
 WHERE (subdistrict_id IS NULL AND NULLIF(subdistrict, '') IS NOT NULL)
    OR (district_id IS NULL AND NULLIF(district, '') IS NOT NULL);

ALTER TABLE producer
  DROP COLUMN district,
  DROP COLUMN subdistrict,
  ADD KEY ix_producer_district (district_id),
  ADD KEY ix_producer_subdistrict (subdistrict_id),
  ADD CONSTRAINT fk_producer_district FOREIGN KEY (district_id) REFERENCES district (id),
  ADD CONSTRAINT fk_producer_subdistrict FOREIGN KEY (subdistrict_id) REFERENCES subdistrict (id);
