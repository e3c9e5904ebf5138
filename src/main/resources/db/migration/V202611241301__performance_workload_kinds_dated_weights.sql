-- Workload weighting (issue 7), second version. The kinds of work are now recognised from the practice
-- modules' reporting views rather than from running clocks (see performance.Workloads): an open child
-- protection plan (reporting.cp_plan), an open child in need plan (reporting.cin_plan), an assessment in
-- progress (reporting.assessment not yet authorised), an open section 47 enquiry (reporting.section47),
-- an open episode of need with no plan yet (reporting.cin_episode: child in need casework), an unborn
-- child (reporting.person) and a sibling group (another child of the same household held by the same
-- worker, reporting.household_member). Looked-after children and court proceedings are not recorded
-- yet (no module publishes them): their weights wait for that data.
--
-- Weights and capacity settings are dated: every change is kept with the day it applies from, who made
-- it and why, so a workload "as at" a day uses the weights and settings in force that day.

ALTER TABLE performance.workload_weight DROP COLUMN rule_ids, DROP COLUMN person_kind;

INSERT INTO performance.workload_weight (id, kind, ordinal, label, weight, recognised) VALUES
('7a1d2b10-0000-4000-8000-000000000009', 'CHILD_IN_NEED_CASEWORK', 3, 'Child in need casework (no plan yet)', 1.00,
 'An open episode of need with no child in need or child protection plan open (reporting.cin_episode)'),
('7a1d2b10-0000-4000-8000-000000000010', 'SECTION_47', 5, 'Section 47 enquiry', 1.50,
 'An open section 47 enquiry (reporting.section47: started and not concluded)');

UPDATE performance.workload_weight SET ordinal = CASE kind
    WHEN 'ALLOCATED_CASE' THEN 10 WHEN 'CHILD_IN_NEED_CASEWORK' THEN 20 WHEN 'ASSESSMENT' THEN 30 WHEN 'CHILD_IN_NEED' THEN 40
    WHEN 'SECTION_47' THEN 50 WHEN 'CHILD_PROTECTION' THEN 60 WHEN 'LOOKED_AFTER' THEN 70 WHEN 'COURT_PROCEEDINGS' THEN 80
    WHEN 'UNBORN' THEN 90 WHEN 'SIBLING_GROUP' THEN 100 ELSE ordinal END,
  recognised = CASE kind
    WHEN 'ALLOCATED_CASE' THEN 'Every case the worker holds as key worker (reporting.allocation)'
    WHEN 'ASSESSMENT' THEN 'An assessment started and not yet authorised (reporting.assessment)'
    WHEN 'CHILD_IN_NEED' THEN 'An open child in need plan (reporting.cin_plan)'
    WHEN 'CHILD_PROTECTION' THEN 'An open child protection plan (reporting.cp_plan)'
    WHEN 'LOOKED_AFTER' THEN 'Not recorded yet: no module publishes periods of care (a later issue)'
    WHEN 'COURT_PROCEEDINGS' THEN 'Not recorded yet: no module publishes court proceedings (a later issue)'
    WHEN 'UNBORN' THEN 'The child is recorded as unborn (reporting.person)'
    WHEN 'SIBLING_GROUP' THEN 'Another child of the same household is held by the same worker (reporting.household_member)'
    ELSE recognised END;

CREATE TABLE performance.workload_weight_version (
  id           UUID PRIMARY KEY,
  kind         TEXT NOT NULL REFERENCES performance.workload_weight (kind),
  weight       NUMERIC(4, 2) NOT NULL CHECK (weight >= 0 AND weight <= 10),
  valid_from   DATE NOT NULL,
  recorded_at  TIMESTAMPTZ NOT NULL,
  recorded_by  UUID,
  reason       TEXT NOT NULL CHECK (btrim(reason) <> ''),
  seq          BIGINT GENERATED ALWAYS AS IDENTITY
);
-- The weight in force on a day: the kind's latest change from that day or before (seq orders changes made the same day).
CREATE INDEX workload_weight_version_kind_idx ON performance.workload_weight_version (kind, valid_from DESC, seq DESC);

CREATE TABLE performance.workload_setting_version (
  id           UUID PRIMARY KEY,
  key          TEXT NOT NULL REFERENCES performance.workload_setting (key),
  value        NUMERIC(6, 2) NOT NULL CHECK (value >= 0),
  valid_from   DATE NOT NULL,
  recorded_at  TIMESTAMPTZ NOT NULL,
  recorded_by  UUID,
  reason       TEXT NOT NULL CHECK (btrim(reason) <> ''),
  seq          BIGINT GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX workload_setting_version_key_idx ON performance.workload_setting_version (key, valid_from DESC, seq DESC);

-- What was in force before weights were dated applies to every earlier day.
INSERT INTO performance.workload_weight_version (id, kind, weight, valid_from, recorded_at, recorded_by, reason)
SELECT gen_random_uuid(), kind, weight, DATE '2000-01-01', coalesce(changed_at, now()), changed_by,
       'In force when weights became dated (' || coalesce(change_reason, 'national starting weight') || ')'
  FROM performance.workload_weight;
INSERT INTO performance.workload_setting_version (id, key, value, valid_from, recorded_at, recorded_by, reason)
SELECT gen_random_uuid(), key, value, DATE '2000-01-01', coalesce(changed_at, now()), changed_by,
       'In force when settings became dated (' || coalesce(change_reason, 'starting setting') || ')'
  FROM performance.workload_setting;
