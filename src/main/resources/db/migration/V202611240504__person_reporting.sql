-- People's recording, for data quality (issue 7): what is recorded, never the values that identify
-- someone beyond what a fix list needs. Merged records are left out (the survivor stands for them).
CREATE SCHEMA IF NOT EXISTS reporting;

CREATE VIEW reporting.person AS
SELECT p.id AS person_id, p.kind,
       concat_ws(' ', p.given_name, p.family_name) AS full_name,
       p.date_of_birth, p.expected_date_of_birth, p.date_of_death,
       p.ethnicity, p.nhs_number, p.upn, p.upn_unknown_reason,
       EXISTS (SELECT 1 FROM person.disability d WHERE d.person = p.id) AS disability_recorded,
       (p.created_at AT TIME ZONE 'Europe/London')::date AS created_on
  FROM person.person p
 WHERE p.merged_into IS NULL;

-- NHS number check (modulus 11 on the first nine digits, as person.NhsNumber).
CREATE FUNCTION reporting.nhs_number_valid(nhs TEXT) RETURNS BOOLEAN LANGUAGE sql IMMUTABLE AS $$
  SELECT nhs ~ '^[0-9]{10}$' AND (
    WITH d AS (SELECT i, substr(nhs, i, 1)::int AS v FROM generate_series(1, 9) i),
         c AS (SELECT 11 - (sum(v * (11 - i)) % 11) AS check_digit FROM d)
    SELECT CASE check_digit WHEN 11 THEN 0 WHEN 10 THEN -1 ELSE check_digit END = substr(nhs, 10, 1)::int FROM c)
$$;

-- UPN check letter (DfE: the weighted sum of characters 2 to 13 modulo 23 gives the first letter).
CREATE FUNCTION reporting.upn_valid(upn TEXT) RETURNS BOOLEAN LANGUAGE sql IMMUTABLE AS $$
  SELECT upn ~ '^[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]$' AND (
    WITH chars AS (SELECT i, substr(upn, i, 1) AS ch FROM generate_series(2, 13) i),
         vals AS (SELECT i, CASE WHEN ch ~ '[0-9]' THEN ch::int
                                 ELSE position(ch IN 'ABCDEFGHJKLMNPQRTUVWXYZ') - 1 END AS v FROM chars)
    SELECT substr('ABCDEFGHJKLMNPQRTUVWXYZ', (sum(v * i) % 23)::int + 1, 1) = substr(upn, 1, 1) FROM vals)
$$;
