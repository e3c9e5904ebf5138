-- Households for oversight modules (issue 7, workload: a sibling group held by one worker). A household
-- is everyone with a residence at the same address (person.Residence); each residence is published
-- with its dates so a household can be read as at any day. The address itself is not published: only
-- a key that is the same for the same address (a hash of the person module's address key).
CREATE SCHEMA IF NOT EXISTS reporting;

CREATE VIEW reporting.household_member AS
SELECT r.person AS person_id, md5(r.address_key) AS household_key, r.moved_in, r.moved_out
  FROM person.residence r
  JOIN person.person p ON p.id = r.person
 WHERE p.merged_into IS NULL;
