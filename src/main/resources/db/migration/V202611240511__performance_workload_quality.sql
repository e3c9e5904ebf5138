-- Workload weighting (issue 7): each kind of work carries a weight, configurable by an administrator
-- or a quality and performance officer (audited, with a reason); a child's case weighs as its
-- heaviest kind of work. Until the child protection, child in need and looked-after modules publish
-- their views, the kinds are recognised from the clocks running for the child (rule_ids) or the
-- person's kind (person_kind): T2 running = assessment in progress; T9 = child protection plan;
-- T10 = child in need plan; T12, T12a, T12b = looked after. Kinds with neither are counted once the
-- data exists (court proceedings, sibling group).
CREATE TABLE performance.workload_weight (
  id           UUID PRIMARY KEY,
  kind         TEXT NOT NULL UNIQUE,
  ordinal      INT NOT NULL,
  label        TEXT NOT NULL,
  weight       NUMERIC(4, 2) NOT NULL CHECK (weight >= 0 AND weight <= 10),
  rule_ids     TEXT[] NOT NULL DEFAULT '{}',
  person_kind  TEXT,
  recognised   TEXT NOT NULL,
  changed_by   UUID,
  changed_at   TIMESTAMPTZ,
  change_reason TEXT,
  version      BIGINT NOT NULL DEFAULT 0
);

INSERT INTO performance.workload_weight (id, kind, ordinal, label, weight, rule_ids, person_kind, recognised) VALUES
('7a1d2b10-0000-4000-8000-000000000001', 'ALLOCATED_CASE', 1, 'Allocated case (any)', 1.00, '{}', NULL, 'Every case the worker holds as key worker'),
('7a1d2b10-0000-4000-8000-000000000002', 'ASSESSMENT', 2, 'Assessment in progress', 1.20, '{T2}', NULL, 'An assessment clock (T2) running for the child'),
('7a1d2b10-0000-4000-8000-000000000003', 'CHILD_IN_NEED', 3, 'Child in need plan', 1.00, '{T10}', NULL, 'The child in need visiting clock (T10) running'),
('7a1d2b10-0000-4000-8000-000000000004', 'CHILD_PROTECTION', 4, 'Child protection plan', 1.50, '{T9}', NULL, 'The child protection visiting clock (T9) running'),
('7a1d2b10-0000-4000-8000-000000000005', 'LOOKED_AFTER', 5, 'Looked-after child', 1.50, '{T12,T12a,T12b}', NULL, 'A looked-after visiting clock (T12, T12a, T12b) running'),
('7a1d2b10-0000-4000-8000-000000000006', 'COURT_PROCEEDINGS', 6, 'Court proceedings', 2.00, '{}', NULL, 'Not recorded yet (later issue)'),
('7a1d2b10-0000-4000-8000-000000000007', 'UNBORN', 7, 'Unborn baby', 1.20, '{}', 'UNBORN', 'The child is recorded as unborn'),
('7a1d2b10-0000-4000-8000-000000000008', 'SIBLING_GROUP', 8, 'Sibling group', 1.20, '{}', NULL, 'Not recorded yet (later issue)');

-- Capacity: weighted cases a full-time worker can hold, and the share of it a newly qualified worker
-- (assessed and supported year in employment) holds; a manager's capacity override wins.
CREATE TABLE performance.workload_setting (
  key          TEXT PRIMARY KEY,
  label        TEXT NOT NULL,
  value        NUMERIC(6, 2) NOT NULL CHECK (value >= 0),
  changed_by   UUID,
  changed_at   TIMESTAMPTZ,
  change_reason TEXT,
  version      BIGINT NOT NULL DEFAULT 0
);
INSERT INTO performance.workload_setting (key, label, value) VALUES
('FULL_TIME_CAPACITY', 'Weighted cases a full-time social worker can hold', 18),
('NEWLY_QUALIFIED_SHARE', 'Share of that capacity for a newly qualified social worker (protected caseload)', 0.80);

-- Data quality rules as data. check_sql lists the items checked as at :asAt, over reporting views
-- only, with the columns item_id UUID, child_id UUID, team_id UUID, worker_id UUID, label TEXT,
-- link TEXT (where to fix it) and passed BOOLEAN. A worker's or team's score is the percentage of
-- their checked items that pass ("% accurate completion").
CREATE TABLE performance.quality_rule (
  id          TEXT PRIMARY KEY,
  ordinal     INT NOT NULL,
  title       TEXT NOT NULL,
  description TEXT NOT NULL,
  check_sql   TEXT NOT NULL,
  fix_hint    TEXT NOT NULL,
  retired     BOOLEAN NOT NULL DEFAULT FALSE,
  version     BIGINT NOT NULL DEFAULT 0
);

-- Children whose case a worker holds on the day: the population for the person rules.
CREATE VIEW performance.held_child AS
SELECT a.child_id, a.team_id, a.worker_id, a.allocated_from, a.allocated_to
  FROM reporting.allocation a WHERE a.lead;

INSERT INTO performance.quality_rule (id, ordinal, title, description, check_sql, fix_hint) VALUES
('ETHNICITY', 10, 'Ethnicity recorded',
 'Each child whose case is held has an ethnicity recorded (not "information not yet obtained").',
 $$SELECT p.person_id AS item_id, p.person_id AS child_id, h.team_id, h.worker_id, p.full_name AS label,
          '/people/' || p.person_id || '/edit' AS link, p.ethnicity IS NOT NULL AND p.ethnicity <> 'NOBT' AS passed
     FROM performance.held_child h JOIN reporting.person p ON p.person_id = h.child_id
    WHERE h.allocated_from <= :asAt AND (h.allocated_to IS NULL OR h.allocated_to > :asAt)$$,
 'Record the child''s ethnicity on their person record (CIN census Ethnicity).'),
('DATE_OF_BIRTH', 20, 'Date of birth plausible',
 'Each child whose case is held has a date of birth (or, unborn, an expected date of birth) that is not in the future and under 26 years ago.',
 $$SELECT p.person_id AS item_id, p.person_id AS child_id, h.team_id, h.worker_id, p.full_name AS label,
          '/people/' || p.person_id || '/edit' AS link,
          CASE WHEN p.kind = 'UNBORN' THEN p.expected_date_of_birth IS NOT NULL
               ELSE p.date_of_birth IS NOT NULL AND p.date_of_birth <= :asAt AND p.date_of_birth > :asAt - INTERVAL '26 years' END AS passed
     FROM performance.held_child h JOIN reporting.person p ON p.person_id = h.child_id
    WHERE h.allocated_from <= :asAt AND (h.allocated_to IS NULL OR h.allocated_to > :asAt)$$,
 'Check the date of birth against a birth certificate or health record and correct it.'),
('NHS_NUMBER', 30, 'NHS number valid',
 'Each born child whose case is held has an NHS number with a valid check digit.',
 $$SELECT p.person_id AS item_id, p.person_id AS child_id, h.team_id, h.worker_id, p.full_name AS label,
          '/people/' || p.person_id || '/edit' AS link, coalesce(reporting.nhs_number_valid(p.nhs_number), FALSE) AS passed
     FROM performance.held_child h JOIN reporting.person p ON p.person_id = h.child_id
    WHERE h.allocated_from <= :asAt AND (h.allocated_to IS NULL OR h.allocated_to > :asAt) AND p.kind <> 'UNBORN'$$,
 'Ask the health visitor or GP for the NHS number and record it.'),
('UPN', 40, 'UPN valid or reason recorded',
 'Each child aged 4 or over whose case is held has a valid unique pupil number or the reason it is unknown (CIN census UPNunknown).',
 $$SELECT p.person_id AS item_id, p.person_id AS child_id, h.team_id, h.worker_id, p.full_name AS label,
          '/people/' || p.person_id || '/edit' AS link,
          coalesce(reporting.upn_valid(p.upn), FALSE) OR p.upn_unknown_reason IS NOT NULL AS passed
     FROM performance.held_child h JOIN reporting.person p ON p.person_id = h.child_id
    WHERE h.allocated_from <= :asAt AND (h.allocated_to IS NULL OR h.allocated_to > :asAt)
      AND p.kind <> 'UNBORN' AND p.date_of_birth <= :asAt - INTERVAL '4 years'$$,
 'Ask the school for the UPN, or record why it is unknown.'),
('DISABILITY', 50, 'Disability recorded',
 'Each born child whose case is held has their disability recorded (including "no disability").',
 $$SELECT p.person_id AS item_id, p.person_id AS child_id, h.team_id, h.worker_id, p.full_name AS label,
          '/people/' || p.person_id || '/edit' AS link, p.disability_recorded AS passed
     FROM performance.held_child h JOIN reporting.person p ON p.person_id = h.child_id
    WHERE h.allocated_from <= :asAt AND (h.allocated_to IS NULL OR h.allocated_to > :asAt) AND p.kind <> 'UNBORN'$$,
 'Record the child''s disability, or "no disability" (CIN census Disability).'),
('VISIT_RECORDED', 60, 'Visits recorded within 3 working days',
 'Each visit at which the child was seen in the last three months was written up (finalised) within 3 working days of the visit.',
 $$SELECT n.case_note_id AS item_id, n.child_id, s.team_id, n.author_id AS worker_id, 'Visit on ' || n.occurred_on AS label,
          '/children/' || n.child_id || '/notes/' || n.case_note_id AS link,
          calendar.working_days_between(n.occurred_on, n.recorded_on) <= 3 AS passed
     FROM reporting.case_note n LEFT JOIN reporting.staff s ON s.staff_id = n.author_id
    WHERE n.child_seen AND n.occurred_on > :asAt - INTERVAL '3 months' AND n.occurred_on <= :asAt AND n.recorded_on <= :asAt$$,
 'Write up visits promptly; the late ones are listed so the reason can be discussed in supervision.'),
('AUTHORISED_IN_TIME', 70, 'Sign-off within 5 working days',
 'Each item asked to be authorised in the last three months was decided by a manager within 5 working days (or is still within them).',
 $$SELECT a.authorisation_id AS item_id, a.child_id, a.team_id, a.requested_by AS worker_id, a.summary AS label,
          coalesce(a.link, '/authorisations') AS link,
          calendar.working_days_between(a.requested_on, coalesce(CASE WHEN a.decided_on <= :asAt THEN a.decided_on END, :asAt)) <= 5 AS passed
     FROM reporting.authorisation a
    WHERE a.requested_on > :asAt - INTERVAL '3 months' AND a.requested_on <= :asAt$$,
 'Managers: decide the items awaiting your sign-off (Authorisations).');
