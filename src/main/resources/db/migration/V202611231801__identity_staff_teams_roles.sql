-- Staff, the services and teams they work in, their roles; restricted records and break-glass.
CREATE SCHEMA identity;

CREATE TABLE identity.service (
  id          UUID PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  retired     BOOLEAN NOT NULL DEFAULT FALSE,
  version     BIGINT NOT NULL
);

CREATE TABLE identity.team (
  id          UUID PRIMARY KEY,
  service_id  UUID NOT NULL REFERENCES identity.service (id),
  code        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  retired     BOOLEAN NOT NULL DEFAULT FALSE,
  version     BIGINT NOT NULL
);

CREATE TABLE identity.staff_member (
  id             UUID PRIMARY KEY,
  username       TEXT NOT NULL,
  display_name   TEXT NOT NULL,
  email          TEXT,
  job_title      TEXT,
  organisation   TEXT,
  team_id        UUID REFERENCES identity.team (id),
  password_hash  TEXT,
  oidc_subject   TEXT UNIQUE,
  active         BOOLEAN NOT NULL DEFAULT TRUE,
  created_at     TIMESTAMPTZ NOT NULL,
  version        BIGINT NOT NULL
);
CREATE UNIQUE INDEX staff_member_username_uk ON identity.staff_member (lower(username));
CREATE INDEX staff_member_team_idx ON identity.staff_member (team_id);

CREATE TABLE identity.staff_role (
  staff_member UUID NOT NULL REFERENCES identity.staff_member (id),
  role         TEXT NOT NULL,
  PRIMARY KEY (staff_member, role)
);

-- A restricted record: only the named staff may open it; others may break the glass.
CREATE TABLE identity.record_restriction (
  person_id      UUID PRIMARY KEY,
  reason         TEXT NOT NULL,
  restricted_by  UUID NOT NULL REFERENCES identity.staff_member (id),
  restricted_at  TIMESTAMPTZ NOT NULL,
  lifted_at      TIMESTAMPTZ,
  lifted_by      UUID REFERENCES identity.staff_member (id)
);

CREATE TABLE identity.restriction_member (
  person_id  UUID NOT NULL REFERENCES identity.record_restriction (person_id),
  staff_id   UUID NOT NULL REFERENCES identity.staff_member (id),
  PRIMARY KEY (person_id, staff_id)
);

CREATE TABLE identity.break_glass (
  id          UUID PRIMARY KEY,
  person_id   UUID NOT NULL,
  staff_id    UUID NOT NULL REFERENCES identity.staff_member (id),
  reason      TEXT NOT NULL,
  opened_at   TIMESTAMPTZ NOT NULL,
  expires_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX break_glass_person_staff_idx ON identity.break_glass (person_id, staff_id, expires_at);

-- Alerts to managers (e.g. someone broke the glass on a restricted record).
CREATE TABLE identity.alert (
  id                 UUID PRIMARY KEY,
  recipient_staff_id UUID NOT NULL REFERENCES identity.staff_member (id),
  kind               TEXT NOT NULL,
  about_staff_id     UUID,
  about_person_id    UUID,
  message            TEXT NOT NULL,
  raised_at          TIMESTAMPTZ NOT NULL,
  acknowledged_at    TIMESTAMPTZ
);
CREATE INDEX alert_recipient_idx ON identity.alert (recipient_staff_id, acknowledged_at);
