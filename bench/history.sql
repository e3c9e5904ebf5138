-- Benchmark data only (issue 7): gives a built demo authority years of recorded history, so the
-- scorecard, workload, data-quality and returns benchmarks run over tables the size a council has
-- after a decade on Beacon. Never run it on a live database: it writes straight into the modules'
-- tables, not through Beacon's services, and records nothing in the audit trail.
--
--   psql -h 127.0.0.1 -p <demo database port> -U postgres -d postgres -v years=9 -f bench/history.sql
--
-- What it writes: the demo's recorded year (and whatever older records it holds), replayed once for
-- each of the :years years before it, every date moved back by that many years of 52 weeks (so a
-- conference held on a Tuesday was still held on a Tuesday). Each replay is about
-- other children: the children and adults involved are copied as new people (new identifiers, a
-- fresh record number, synthetic NHS numbers and UPNs that pass their checks, dates of birth moved
-- back with everything else), so nobody gains nine extra referrals and no child is referred before
-- they were born. Staff and teams are today's. Work that was still open in the recorded year is
-- finished where the replay ends, as it would have been by now: clocks, episodes, plans and
-- allocations are ended on that day; drafts, unconcluded enquiries, unheld conferences, unscreened
-- contacts and waiting authorisations are left out. The replay is deterministic: the same demo and
-- the same :years give the same rows.
\set ON_ERROR_STOP on
\if :{?years}
\else
\set years 9
\endif

SET client_min_messages = warning;
DROP SCHEMA IF EXISTS bench_history CASCADE;
SET client_min_messages = notice;
CREATE SCHEMA bench_history;
SET search_path = bench_history, public;

-- Staff, teams and services are the same people and places throughout the history.
CREATE TABLE bench_history.kept (id uuid PRIMARY KEY);
INSERT INTO bench_history.kept SELECT id FROM identity.staff_member UNION SELECT id FROM identity.team UNION SELECT id FROM identity.service;

CREATE FUNCTION bench_history.remap(v uuid, n int) RETURNS uuid LANGUAGE sql IMMUTABLE
    AS $$ SELECT md5(v::text || ':history:' || n)::uuid $$;

-- NHS number: nine digits then the modulus 11 check digit (weights 10 to 2); no number when it would be 10.
CREATE FUNCTION bench_history.nhs(nine text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN c = 10 THEN NULL ELSE nine || (CASE WHEN c = 11 THEN 0 ELSE c END)::text END
    FROM (SELECT 11 - (sum(substr(nine, i, 1)::int * (11 - i)) % 11)::int AS c FROM generate_series(1, 9) i) x $$;

-- UPN: a check letter, then twelve digits (characters 2 to 13 weighted 2 to 13, remainder on 23).
CREATE FUNCTION bench_history.upn(twelve text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT substr('ABCDEFGHJKLMNPQRTUVWXYZ', (sum(substr(twelve, i, 1)::int * (i + 1)) % 23)::int + 1, 1) || twelve
    FROM generate_series(1, 12) i $$;

-- The activity replayed, parents before children (foreign keys are checked as rows go in).
CREATE TABLE bench_history.replayed (position int PRIMARY KEY, tbl text NOT NULL);
INSERT INTO bench_history.replayed (position, tbl)
SELECT row_number() OVER (), t FROM unnest(ARRAY[
    'frontdoor.contact', 'frontdoor.contact_concern', 'frontdoor.referral', 'frontdoor.sibling_consideration',
    'timescales.clock', 'timescales.clock_pause',
    'assessment.assessment', 'assessment.review', 'assessment.amendment',
    'childprotection.strategy_discussion', 'childprotection.strategy_participant', 'childprotection.strategy_action',
    'childprotection.section47_enquiry', 'childprotection.section47_step', 'childprotection.section47_coworker',
    'childprotection.section47_oversight',
    'childprotection.conference', 'childprotection.conference_invitee', 'childprotection.conference_agency_report',
    'childprotection.conference_amendment', 'childprotection.conference_quality', 'childprotection.cp_transfer_in',
    'childprotection.cp_plan', 'childprotection.cp_review', 'childprotection.core_group_member',
    'childprotection.core_group_meeting',
    'childinneed.episode', 'childinneed.episode_referral', 'childinneed.episode_activity', 'childinneed.cin_plan',
    'childinneed.cin_plan_review',
    'planning.plan', 'planning.plan_outcome', 'planning.plan_action', 'planning.plan_action_history',
    'planning.plan_action_progress',
    'casework.child_case', 'casework.allocation', 'casework.authorisation', 'casework.case_note',
    'casework.case_note_appendment', 'casework.management_decision', 'casework.oversight_appendment',
    'casework.supervision', 'casework.supervision_action',
    'chronology.entry'
]) WITH ORDINALITY AS u(t, o) ORDER BY o;

-- Everyone the activity names: children, parents and others invited or in core groups, their relatives.
CREATE TABLE bench_history.people (id uuid PRIMARY KEY);
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT c.table_schema, c.table_name, c.column_name
             FROM bench_history.replayed t
             JOIN information_schema.columns c ON c.table_schema || '.' || c.table_name = t.tbl
             WHERE c.data_type = 'uuid' ORDER BY t.position LOOP
        EXECUTE format('INSERT INTO bench_history.people SELECT DISTINCT x.%1$I FROM %2$I.%3$I x JOIN person.person p ON p.id = x.%1$I ON CONFLICT DO NOTHING',
                       r.column_name, r.table_schema, r.table_name);
    END LOOP;
END $$;
INSERT INTO bench_history.people
SELECT r.relative_id FROM person.relationship r JOIN bench_history.people p ON p.id = r.person_id
UNION SELECT r.person_id FROM person.relationship r JOIN bench_history.people p ON p.id = r.relative_id
ON CONFLICT DO NOTHING;
INSERT INTO bench_history.people SELECT p.merged_into FROM person.person p JOIN bench_history.people h ON h.id = p.id
WHERE p.merged_into IS NOT NULL ON CONFLICT DO NOTHING;

-- A copy of one table's rows for every year of the history: identifiers remapped for that year
-- (staff and teams kept), every date and time moved back by the years, hist_n saying which year.
CREATE FUNCTION bench_history.stage(tbl text, years int, filter text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    s text := split_part(tbl, '.', 1);
    t text := split_part(tbl, '.', 2);
    c record;
    exprs text[] := '{}';
BEGIN
    FOR c IN SELECT column_name, data_type, column_default, is_identity FROM information_schema.columns
             WHERE table_schema = s AND table_name = t ORDER BY ordinal_position LOOP
        IF c.column_default LIKE 'nextval%' OR c.is_identity = 'YES' THEN
            CONTINUE; -- the table numbers its own rows
        ELSIF c.data_type = 'uuid' THEN
            exprs := exprs || format('CASE WHEN x.%1$I IS NULL OR x.%1$I IN (SELECT id FROM bench_history.kept) THEN x.%1$I ELSE bench_history.remap(x.%1$I, n) END AS %1$I', c.column_name);
        ELSIF c.data_type = 'date' THEN
            exprs := exprs || format('(x.%1$I - make_interval(days => 364 * n))::date AS %1$I', c.column_name);
        ELSIF c.data_type LIKE 'timestamp%' THEN
            exprs := exprs || format('x.%1$I - make_interval(days => 364 * n) AS %1$I', c.column_name);
        ELSE
            exprs := exprs || format('x.%1$I', c.column_name);
        END IF;
    END LOOP;
    EXECUTE format('CREATE UNLOGGED TABLE bench_history.%I AS SELECT %s, n AS hist_n, (current_date - 364 * n) AS hist_end FROM %I.%I x CROSS JOIN generate_series(1, %s) n %s',
                   s || '__' || t, array_to_string(exprs, ', '), s, t, years, coalesce('WHERE ' || filter, ''));
END $$;

CREATE FUNCTION bench_history.load(tbl text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    s text := split_part(tbl, '.', 1);
    t text := split_part(tbl, '.', 2);
    cols text;
    added bigint;
BEGIN
    SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) INTO cols
    FROM information_schema.columns
    WHERE table_schema = s AND table_name = t AND coalesce(column_default, '') NOT LIKE 'nextval%' AND is_identity = 'NO';
    EXECUTE format('INSERT INTO %I.%I (%s) SELECT %s FROM bench_history.%I', s, t, cols, cols, s || '__' || t);
    GET DIAGNOSTICS added = ROW_COUNT;
    RETURN added;
END $$;

SELECT bench_history.stage('person.person', :years, 'x.id IN (SELECT id FROM bench_history.people)');
SELECT bench_history.stage('person.alias', :years, 'x.person IN (SELECT id FROM bench_history.people)');
SELECT bench_history.stage('person.disability', :years, 'x.person IN (SELECT id FROM bench_history.people)');
SELECT bench_history.stage('person.residence', :years, 'x.person IN (SELECT id FROM bench_history.people)');
SELECT bench_history.stage('person.relationship', :years,
    'x.person_id IN (SELECT id FROM bench_history.people) AND x.relative_id IN (SELECT id FROM bench_history.people)');
SELECT bench_history.stage('person.professional_involvement', :years, 'x.person_id IN (SELECT id FROM bench_history.people)');
SELECT bench_history.stage(tbl, :years, NULL) FROM bench_history.replayed ORDER BY position;

-- New people get new identifiers that pass their checks: NHS numbers from 98 (the demo's own are
-- 999…), UPNs with serials from 9 (the demo's count up from 1).
UPDATE bench_history.person__person p SET
    nhs_number = CASE WHEN p.nhs_number IS NULL THEN NULL ELSE bench_history.nhs('98' || p.hist_n || lpad(k.k::text, 6, '0')) END,
    upn = CASE WHEN p.upn IS NULL THEN NULL ELSE bench_history.upn(substr(p.upn, 2, 3) || '9' || p.hist_n || lpad(k.k::text, 6, '0') || '0') END,
    former_upn = NULL
FROM (SELECT id, row_number() OVER (PARTITION BY hist_n ORDER BY id) AS k FROM bench_history.person__person) k
WHERE k.id = p.id;
UPDATE bench_history.frontdoor__contact SET reference = reference || '-H' || hist_n,
    idempotency_key = idempotency_key || '-H' || hist_n, import_batch_id = NULL;

-- Work still open when the recorded year ended is finished where each replay ends.
DELETE FROM bench_history.frontdoor__contact WHERE status IN ('AWAITING_SCREENING', 'AWAITING_AUTHORISATION');
DELETE FROM bench_history.frontdoor__contact_concern c WHERE NOT EXISTS (SELECT 1 FROM bench_history.frontdoor__contact x WHERE x.id = c.contact);
DELETE FROM bench_history.frontdoor__sibling_consideration c WHERE NOT EXISTS (SELECT 1 FROM bench_history.frontdoor__contact x WHERE x.id = c.contact_id);
DELETE FROM bench_history.frontdoor__referral c WHERE NOT EXISTS (SELECT 1 FROM bench_history.frontdoor__contact x WHERE x.id = c.contact_id);

UPDATE bench_history.timescales__clock SET ended_on = greatest(started_on, hist_end),
    end_reason = 'History: the work had finished', ended_at = greatest(started_on, hist_end)::timestamptz
WHERE stopped_on IS NULL AND ended_on IS NULL;
UPDATE bench_history.timescales__clock_pause SET resumed_on = greatest(paused_from, hist_end),
    resumed_at = greatest(paused_from, hist_end)::timestamptz WHERE resumed_on IS NULL;

DELETE FROM bench_history.assessment__assessment WHERE status <> 'AUTHORISED';
DELETE FROM bench_history.assessment__review c WHERE NOT EXISTS (SELECT 1 FROM bench_history.assessment__assessment x WHERE x.id = c.assessment_id);
DELETE FROM bench_history.assessment__amendment c WHERE NOT EXISTS (SELECT 1 FROM bench_history.assessment__assessment x WHERE x.id = c.assessment_id);

DELETE FROM bench_history.childprotection__section47_enquiry
WHERE status <> 'CONCLUDED' OR (NOT icpc_not_required AND date_of_initial_conference IS NULL); -- its conference was still to come
DELETE FROM bench_history.childprotection__section47_step c WHERE NOT EXISTS (SELECT 1 FROM bench_history.childprotection__section47_enquiry x WHERE x.id = c.enquiry_id);
DELETE FROM bench_history.childprotection__section47_coworker c WHERE NOT EXISTS (SELECT 1 FROM bench_history.childprotection__section47_enquiry x WHERE x.id = c.enquiry_id);
DELETE FROM bench_history.childprotection__section47_oversight c WHERE NOT EXISTS (SELECT 1 FROM bench_history.childprotection__section47_enquiry x WHERE x.id = c.enquiry_id);
UPDATE bench_history.childprotection__strategy_discussion d SET initiated_enquiry_id = NULL
WHERE initiated_enquiry_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM bench_history.childprotection__section47_enquiry x WHERE x.id = d.initiated_enquiry_id);

DELETE FROM bench_history.childprotection__conference WHERE status IN ('TO_BE_ARRANGED', 'SCHEDULED');
DELETE FROM bench_history.childprotection__conference_invitee c WHERE NOT EXISTS (SELECT 1 FROM bench_history.childprotection__conference x WHERE x.id = c.conference_id);
DELETE FROM bench_history.childprotection__conference_agency_report c WHERE NOT EXISTS (SELECT 1 FROM bench_history.childprotection__conference x WHERE x.id = c.conference_id);
DELETE FROM bench_history.childprotection__conference_amendment c WHERE NOT EXISTS (SELECT 1 FROM bench_history.childprotection__conference x WHERE x.id = c.conference_id);
DELETE FROM bench_history.childprotection__conference_quality c WHERE NOT EXISTS (SELECT 1 FROM bench_history.childprotection__conference x WHERE x.id = c.conference_id);

UPDATE bench_history.childprotection__cp_plan SET ended_on = greatest(started_on, hist_end),
    end_reason = 'History: the plan had ended', step_down = 'NONE', ended_at = greatest(started_on, hist_end)::timestamptz
WHERE ended_on IS NULL;

DELETE FROM bench_history.childinneed__episode_activity a WHERE
    (a.kind = 'ASSESSMENT' AND NOT EXISTS (SELECT 1 FROM bench_history.assessment__assessment x WHERE x.id = a.source_id))
    OR (a.kind = 'SECTION_47' AND NOT EXISTS (SELECT 1 FROM bench_history.childprotection__section47_enquiry x WHERE x.id = a.source_id));
UPDATE bench_history.childinneed__episode SET closed_on = greatest(referral_date, hist_end), closure_reason = 'RC7',
    closed_at = greatest(referral_date, hist_end)::timestamptz WHERE closed_on IS NULL;
UPDATE bench_history.childinneed__episode_activity SET ended_on = greatest(started_on, hist_end) WHERE ended_on IS NULL;
UPDATE bench_history.childinneed__cin_plan SET ended_on = greatest(started_on, hist_end), end_reason = 'NEEDS_MET',
    ended_at = greatest(started_on, hist_end)::timestamptz WHERE ended_on IS NULL;
UPDATE bench_history.planning__plan SET closed_on = hist_end WHERE closed_on IS NULL;

UPDATE bench_history.casework__allocation SET allocated_to = greatest(allocated_from, hist_end),
    ended_at = greatest(allocated_from, hist_end)::timestamptz, ended_by = allocated_by, end_reason = 'History: the case had closed'
WHERE allocated_to IS NULL;
DELETE FROM bench_history.casework__authorisation WHERE status = 'AWAITING';
DELETE FROM bench_history.casework__case_note WHERE status = 'DRAFT';
DELETE FROM bench_history.casework__case_note_appendment c WHERE NOT EXISTS (SELECT 1 FROM bench_history.casework__case_note x WHERE x.id = c.note_id);

-- In it goes, in one transaction, parents first.
DO $$
DECLARE r record; t text; added bigint; total bigint := 0;
BEGIN
    FOREACH t IN ARRAY ARRAY['person.person', 'person.alias', 'person.disability', 'person.residence', 'person.relationship',
                             'person.professional_involvement'] LOOP
        added := bench_history.load(t);
        total := total + added;
        RAISE NOTICE '% rows added to %', added, t;
    END LOOP;
    FOR r IN SELECT tbl FROM bench_history.replayed ORDER BY position LOOP
        added := bench_history.load(r.tbl);
        total := total + added;
        RAISE NOTICE '% rows added to %', added, r.tbl;
    END LOOP;
    RAISE NOTICE '% rows of history added in all', total;
END $$;

SET client_min_messages = warning;
DROP SCHEMA bench_history CASCADE;
ANALYZE;
