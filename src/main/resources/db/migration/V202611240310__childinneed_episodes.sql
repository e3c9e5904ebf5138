-- Episodes of need (CIN census CINdetails): each referral opens one unless the child has one open, in
-- which case the referral joins it; episodes of one child never overlap (8820). Activity comes from
-- the assessment and child protection modules' events; child in need plans are this module's own.
CREATE SCHEMA childinneed;

CREATE TABLE childinneed.episode (
  id                             UUID PRIMARY KEY,
  child_id                       UUID NOT NULL,
  referral_id                    UUID NOT NULL UNIQUE,
  referral_date                  DATE NOT NULL,
  referral_source                TEXT,
  primary_need                   TEXT CHECK (primary_need ~ '^N[0-9]$'),
  closed_on                      DATE,
  closure_reason                 TEXT CHECK (closure_reason ~ '^RC[1-9]$'),
  lead_professional_name         TEXT,
  lead_professional_agency       TEXT,
  lead_professional_accepted_on  DATE,
  prompt                         TEXT CHECK (prompt IN ('START_CIN_PLAN')),
  prompt_source_id               UUID,
  opened_at                      TIMESTAMPTZ NOT NULL,
  closed_at                      TIMESTAMPTZ,
  closed_by                      UUID,
  version                        BIGINT NOT NULL DEFAULT 0,
  CHECK ((closed_on IS NULL) = (closure_reason IS NULL)),
  CHECK (closed_on IS NULL OR closed_on >= referral_date)
);
CREATE UNIQUE INDEX episode_one_open_per_child ON childinneed.episode (child_id) WHERE closed_on IS NULL;
CREATE INDEX episode_child_idx ON childinneed.episode (child_id, referral_date);

CREATE TABLE childinneed.episode_referral (
  referral_id      UUID PRIMARY KEY,
  episode_id       UUID NOT NULL REFERENCES childinneed.episode (id),
  referral_date    DATE NOT NULL,
  referral_source  TEXT,
  opened_episode   BOOLEAN NOT NULL,
  recorded_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX episode_referral_episode_idx ON childinneed.episode_referral (episode_id);

CREATE TABLE childinneed.episode_activity (
  id                      UUID PRIMARY KEY,
  episode_id              UUID NOT NULL REFERENCES childinneed.episode (id),
  kind                    TEXT NOT NULL CHECK (kind IN ('ASSESSMENT', 'SECTION_47', 'CIN_PLAN', 'CP_PLAN')),
  source_id               UUID NOT NULL,
  started_on              DATE NOT NULL,
  ended_on                DATE,
  outcome                 TEXT,
  factors                 TEXT[],
  icpc_not_required       BOOLEAN,
  initial_conference_due  DATE,
  lead_professional       TEXT,
  recorded_at             TIMESTAMPTZ NOT NULL,
  UNIQUE (kind, source_id)
);
CREATE INDEX episode_activity_episode_idx ON childinneed.episode_activity (episode_id, started_on);

CREATE TABLE childinneed.cin_plan (
  id          UUID PRIMARY KEY,
  episode_id  UUID NOT NULL REFERENCES childinneed.episode (id),
  child_id    UUID NOT NULL,
  plan_id     UUID NOT NULL UNIQUE,
  started_on  DATE NOT NULL,
  ended_on    DATE,
  end_reason  TEXT,
  end_note    TEXT,
  started_at  TIMESTAMPTZ NOT NULL,
  started_by  UUID,
  ended_at    TIMESTAMPTZ,
  ended_by    UUID,
  version     BIGINT NOT NULL DEFAULT 0,
  CHECK ((ended_on IS NULL) = (end_reason IS NULL)),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE UNIQUE INDEX cin_plan_one_open_per_child ON childinneed.cin_plan (child_id) WHERE ended_on IS NULL;

CREATE TABLE childinneed.cin_plan_review (
  id               UUID PRIMARY KEY,
  cin_plan_id      UUID NOT NULL REFERENCES childinneed.cin_plan (id),
  held_on          DATE NOT NULL,
  summary          TEXT NOT NULL CHECK (btrim(summary) <> ''),
  next_review_due  DATE,
  late_reason      TEXT,
  recorded_at      TIMESTAMPTZ NOT NULL,
  recorded_by      UUID
);

CREATE FUNCTION childinneed.refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Episodes and child in need plans are never deleted (%)', TG_TABLE_NAME;
END $$;
CREATE TRIGGER episode_no_delete BEFORE DELETE ON childinneed.episode FOR EACH ROW EXECUTE FUNCTION childinneed.refuse_delete();
CREATE TRIGGER cin_plan_no_delete BEFORE DELETE ON childinneed.cin_plan FOR EACH ROW EXECUTE FUNCTION childinneed.refuse_delete();
CREATE TRIGGER cin_plan_review_no_delete BEFORE DELETE ON childinneed.cin_plan_review FOR EACH ROW EXECUTE FUNCTION childinneed.refuse_delete();

-- Local rule: review the child in need plan (no national timescale; default every 3 months).
INSERT INTO timescales.rule (id, title, start_event, stop_event, amount, unit, repeating, statutory, source) VALUES
('T10-review', 'Review the child in need plan', 'Previous review (the first from the plan''s start)', 'Child in need plan reviewed',
        3, 'MONTHS', TRUE, FALSE, 'Local: no national timescale; an authority sets its own (commonly every 3 months)');

-- The data contract for the CIN census return and performance (CINdetails, CINPlanDates, activity).
CREATE SCHEMA IF NOT EXISTS reporting;
CREATE VIEW reporting.cin_episode AS
SELECT e.id AS episode_id, e.child_id, e.referral_id, e.referral_date, e.referral_source, e.primary_need,
       e.closed_on AS closure_date, e.closure_reason, FALSE AS referral_nfa,
       e.lead_professional_name, e.lead_professional_agency, e.lead_professional_accepted_on,
       (SELECT count(*) FROM childinneed.episode_referral r WHERE r.episode_id = e.id AND NOT r.opened_episode) AS further_referrals
FROM childinneed.episode e;

CREATE VIEW reporting.cin_plan AS
SELECT p.id AS cin_plan_id, p.episode_id, p.child_id, p.plan_id, p.started_on AS start_date, p.ended_on AS end_date, p.end_reason,
       (SELECT max(r.held_on) FROM childinneed.cin_plan_review r WHERE r.cin_plan_id = p.id) AS latest_review
FROM childinneed.cin_plan p;

CREATE VIEW reporting.episode_activity AS
SELECT a.episode_id, e.child_id, a.kind, a.source_id, a.started_on, a.ended_on, a.outcome, a.factors, a.icpc_not_required,
       a.initial_conference_due
FROM childinneed.episode_activity a JOIN childinneed.episode e ON e.id = a.episode_id;
