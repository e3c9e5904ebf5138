-- The front door's reporting views: contacts with their decision and its due date (rule T1a, one
-- working day by default, from reporting.due_on), and referrals. Dates are UK dates.
CREATE SCHEMA IF NOT EXISTS reporting;

CREATE VIEW reporting.contact AS
SELECT c.id AS contact_id, c.reference, c.child_id, c.received_at,
       (c.received_at AT TIME ZONE 'Europe/London')::date AS received_on,
       c.channel, c.referral_source AS source, c.request_type, c.urgency, c.information_only, c.status,
       c.screener_id, c.decision, c.decided_by, c.decided_at,
       (c.decided_at AT TIME ZONE 'Europe/London')::date AS decided_on,
       CASE WHEN t.unit <> 'WORKING_DAYS' THEN reporting.due_on('T1a', (c.received_at AT TIME ZONE 'Europe/London')::date)
            WHEN t.amount - CASE WHEN t.day_zero = 'INCLUDING_START_DAY' AND t.amount > 0 AND s.working THEN 1 ELSE 0 END <= 0
            THEN (c.received_at AT TIME ZONE 'Europe/London')::date
            ELSE w.day END AS decision_due_on,
       c.decision IN ('REFERRAL_FOR_ASSESSMENT', 'STRATEGY_DISCUSSION') AS became_referral,
       c.authorised_by, c.authorised_at, (c.authorised_at AT TIME ZONE 'Europe/London')::date AS authorised_on
  FROM frontdoor.contact c
  CROSS JOIN (SELECT * FROM reporting.rule WHERE rule_id = 'T1a') t
  LEFT JOIN calendar.working_day_number s ON s.day = (c.received_at AT TIME ZONE 'Europe/London')::date
  LEFT JOIN calendar.working_day_number w ON w.working
        AND w.n = s.n + t.amount - CASE WHEN t.day_zero = 'INCLUDING_START_DAY' AND t.amount > 0 AND s.working THEN 1 ELSE 0 END;

CREATE VIEW reporting.referral AS
SELECT r.id AS referral_id, r.contact_id, r.child_id, r.referral_date, r.referral_source AS source, r.route, r.re_referral
  FROM frontdoor.referral r;

-- Periods are UK dates: index the dates as the view computes them, so a month's contacts are found by index.
CREATE INDEX contact_received_on_idx ON frontdoor.contact (((received_at AT TIME ZONE 'Europe/London')::date));
CREATE INDEX contact_decided_on_idx ON frontdoor.contact (((decided_at AT TIME ZONE 'Europe/London')::date)) WHERE decided_at IS NOT NULL;
CREATE INDEX contact_awaiting_authorisation_idx ON frontdoor.contact (decided_at) WHERE status = 'AWAITING_AUTHORISATION' OR authorised_at IS NOT NULL;
CREATE INDEX referral_date_idx ON frontdoor.referral (referral_date);
