-- Duplicate records merged: the merged record is kept exactly as it was and points at the record
-- kept (the survivor); what was moved to the survivor is recorded so that a merge can be reversed.
ALTER TABLE person.person
  ADD COLUMN merged_into UUID REFERENCES person.person (id),
  ADD COLUMN merged_at   TIMESTAMPTZ,
  ADD CONSTRAINT person_not_merged_into_self_ck CHECK (merged_into IS NULL OR merged_into <> id);
CREATE INDEX person_merged_into_idx ON person.person (merged_into) WHERE merged_into IS NOT NULL;

-- A merged record keeps its NHS number and UPN, so that the survivor may take them on once
-- someone has checked them: identifiers are unique among records in use, and still indexed for
-- every record so a merged record's identifier leads to the survivor.
DROP INDEX person.person_nhs_number_uk;
DROP INDEX person.person_upn_uk;
CREATE UNIQUE INDEX person_nhs_number_uk ON person.person (nhs_number) WHERE nhs_number IS NOT NULL AND merged_into IS NULL;
CREATE UNIQUE INDEX person_upn_uk ON person.person (upn) WHERE upn IS NOT NULL AND merged_into IS NULL;
CREATE INDEX person_nhs_number_idx ON person.person (nhs_number) WHERE nhs_number IS NOT NULL;
CREATE INDEX person_upn_idx ON person.person (upn) WHERE upn IS NOT NULL;
CREATE INDEX person_former_upn_idx ON person.person (former_upn) WHERE former_upn IS NOT NULL;

CREATE TABLE person.merge (
  id             UUID PRIMARY KEY,
  survivor_id    UUID NOT NULL REFERENCES person.person (id),
  merged_id      UUID NOT NULL REFERENCES person.person (id),
  reason         TEXT NOT NULL,
  merged_by      UUID,
  merged_at      TIMESTAMPTZ NOT NULL,
  reversed_by    UUID,
  reversed_at    TIMESTAMPTZ,
  reverse_reason TEXT,
  -- relationships and involvements re-pointed to the survivor, and names added to it as aliases
  moved          JSONB NOT NULL,
  CONSTRAINT merge_two_records_ck CHECK (survivor_id <> merged_id),
  CONSTRAINT merge_reversal_reason_ck CHECK (reversed_at IS NULL OR reverse_reason IS NOT NULL)
);
CREATE INDEX merge_survivor_idx ON person.merge (survivor_id);
CREATE UNIQUE INDEX merge_in_force_uk ON person.merge (merged_id) WHERE reversed_at IS NULL;
