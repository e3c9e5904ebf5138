-- Each person gets the authority's own stable record number: shown on the record, quoted by
-- workers, and sent as LAchildID in the children in need census (at most 20 letters and digits,
-- the same from year to year, rules 8500/8510/1570/1580). Numbers are given in the order records
-- were created and never reused; a merged record keeps its number (the survivor's is the one used).
CREATE SEQUENCE person.person_record_number_seq START WITH 100001;

ALTER TABLE person.person ADD COLUMN record_number BIGINT;
UPDATE person.person p SET record_number = n.num
  FROM (SELECT id, 100000 + row_number() OVER (ORDER BY created_at, id) AS num FROM person.person) n
 WHERE n.id = p.id;
SELECT setval('person.person_record_number_seq', greatest(100001, (SELECT coalesce(max(record_number), 100000) + 1 FROM person.person)), false);
ALTER TABLE person.person
  ALTER COLUMN record_number SET DEFAULT nextval('person.person_record_number_seq'),
  ALTER COLUMN record_number SET NOT NULL;
ALTER SEQUENCE person.person_record_number_seq OWNED BY person.person.record_number;
CREATE UNIQUE INDEX person_record_number_uk ON person.person (record_number);

-- The reporting contract gains what the statutory returns read (appended columns only).
CREATE OR REPLACE VIEW reporting.person AS
SELECT p.id AS person_id, p.kind,
       concat_ws(' ', p.given_name, p.family_name) AS full_name,
       p.date_of_birth, p.expected_date_of_birth, p.date_of_death,
       p.ethnicity, p.nhs_number, p.upn, p.upn_unknown_reason,
       EXISTS (SELECT 1 FROM person.disability d WHERE d.person = p.id) AS disability_recorded,
       (p.created_at AT TIME ZONE 'Europe/London')::date AS created_on,
       p.record_number, p.legal_sex, p.former_upn
  FROM person.person p
 WHERE p.merged_into IS NULL;

-- A person's disabilities (CIN census codes; NONE stands alone).
CREATE VIEW reporting.person_disability AS
SELECT d.person AS person_id, d.code
  FROM person.disability d JOIN person.person p ON p.id = d.person
 WHERE p.merged_into IS NULL;

-- Every record ever merged, with the record in use that now stands for it (following chains of
-- merges), so that other modules' data recorded against a merged record reaches the survivor.
CREATE VIEW reporting.person_merged AS
WITH RECURSIVE chain AS (
  SELECT p.id AS merged_id, p.merged_into AS survivor_id, 1 AS depth
    FROM person.person p WHERE p.merged_into IS NOT NULL
  UNION ALL
  SELECT c.merged_id, p.merged_into, c.depth + 1
    FROM chain c JOIN person.person p ON p.id = c.survivor_id
   WHERE p.merged_into IS NOT NULL AND c.depth < 20
)
SELECT DISTINCT ON (merged_id) merged_id, survivor_id FROM chain ORDER BY merged_id, depth DESC;
