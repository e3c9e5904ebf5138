-- Casework's reporting views: who holds each child's case over time, items awaiting sign-off, and
-- case notes' recording (practice date against the day it was finalised) for performance and data quality.
CREATE SCHEMA IF NOT EXISTS reporting;

CREATE VIEW reporting.allocation AS
SELECT a.id AS allocation_id, a.child_id, a.team_id, a.worker_id, a.lead, a.allocated_from, a.allocated_to
  FROM casework.allocation a;

CREATE VIEW reporting.authorisation AS
SELECT a.id AS authorisation_id, a.child_id, a.kind, a.subject_id, a.summary, a.link, a.team_id, a.requested_by,
       a.requested_at, (a.requested_at AT TIME ZONE 'Europe/London')::date AS requested_on,
       a.status, a.decided_by, a.decided_at, (a.decided_at AT TIME ZONE 'Europe/London')::date AS decided_on
  FROM casework.authorisation a;

CREATE VIEW reporting.case_note AS
SELECT n.id AS case_note_id, n.child_id, n.note_type, n.author_id, n.status, n.occurred_at::date AS occurred_on,
       (n.recorded_at AT TIME ZONE 'Europe/London')::date AS recorded_on, n.child_seen, n.child_seen_alone, n.late_reason_code
  FROM casework.case_note n
 WHERE n.status = 'FINALISED';

CREATE INDEX authorisation_requested_idx ON casework.authorisation (requested_at);
CREATE INDEX allocation_lead_child_idx ON casework.allocation (child_id, allocated_from) WHERE lead;
CREATE INDEX authorisation_decided_idx ON casework.authorisation (decided_at);
