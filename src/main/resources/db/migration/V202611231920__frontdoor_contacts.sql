-- The front door: every contact about a child, its screening, the decision and the referral it may become.
CREATE SCHEMA frontdoor;

CREATE SEQUENCE frontdoor.contact_number;

CREATE TABLE frontdoor.contact (
  id                     UUID PRIMARY KEY,
  reference              TEXT NOT NULL UNIQUE,
  received_at            TIMESTAMPTZ NOT NULL,
  channel                TEXT NOT NULL,
  referral_source        TEXT NOT NULL,
  child_id               UUID,
  child_given_name       TEXT,
  child_family_name      TEXT,
  child_date_of_birth    DATE,
  child_postcode         TEXT,
  child_address          TEXT,
  concern_summary        TEXT NOT NULL,
  household_notes        TEXT,
  consent                TEXT NOT NULL,
  consent_note           TEXT,
  request_type           TEXT NOT NULL,
  urgency                TEXT NOT NULL,
  referrer_name          TEXT,
  referrer_organisation  TEXT,
  referrer_role          TEXT,
  referrer_phone         TEXT,
  referrer_email         TEXT,
  submitted_by           UUID,
  police_reference       TEXT,
  police_assessment      TEXT,
  information_only       BOOLEAN NOT NULL DEFAULT FALSE,
  status                 TEXT NOT NULL,
  screener_id            UUID,
  screening_started_at   TIMESTAMPTZ,
  decision               TEXT,
  decision_rationale     TEXT,
  decided_by             UUID,
  decided_at             TIMESTAMPTZ,
  authorised_by          UUID,
  authorised_at          TIMESTAMPTZ,
  authorisation_note     TEXT,
  feedback               TEXT,
  feedback_at            TIMESTAMPTZ,
  recorded_by            UUID,
  recorded_at            TIMESTAMPTZ NOT NULL,
  import_batch_id        UUID,
  idempotency_key        TEXT UNIQUE,
  version                BIGINT NOT NULL,
  CONSTRAINT contact_status_ck CHECK (status IN ('AWAITING_SCREENING', 'AWAITING_AUTHORISATION', 'DECIDED', 'FILED_AS_INFORMATION'))
);
CREATE INDEX contact_child_idx ON frontdoor.contact (child_id, received_at);
CREATE INDEX contact_status_idx ON frontdoor.contact (status, received_at);
CREATE INDEX contact_submitted_by_idx ON frontdoor.contact (submitted_by, received_at) WHERE submitted_by IS NOT NULL;
CREATE INDEX contact_received_idx ON frontdoor.contact (received_at);

CREATE TABLE frontdoor.contact_concern (
  contact UUID NOT NULL REFERENCES frontdoor.contact (id),
  code    TEXT NOT NULL,
  PRIMARY KEY (contact, code)
);

-- Every sibling and other child at the address is considered at screening: action or why not.
CREATE TABLE frontdoor.sibling_consideration (
  contact_id   UUID NOT NULL REFERENCES frontdoor.contact (id),
  person_id    UUID NOT NULL,
  outcome      TEXT NOT NULL,
  reason       TEXT NOT NULL,
  recorded_by  UUID,
  recorded_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (contact_id, person_id)
);

-- A contact accepted for a service: the start of the child's episode (CIN census referral).
CREATE TABLE frontdoor.referral (
  id               UUID PRIMARY KEY,
  contact_id       UUID NOT NULL UNIQUE REFERENCES frontdoor.contact (id),
  child_id         UUID NOT NULL,
  referral_date    DATE NOT NULL,
  referral_source  TEXT NOT NULL,
  route            TEXT NOT NULL,
  re_referral      BOOLEAN NOT NULL,
  created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX referral_child_idx ON frontdoor.referral (child_id, referral_date);

CREATE TABLE frontdoor.import_batch (
  id            UUID PRIMARY KEY,
  file_name     TEXT,
  file_sha256   TEXT NOT NULL,
  uploaded_by   UUID,
  uploaded_at   TIMESTAMPTZ NOT NULL,
  rows_total    INT NOT NULL,
  rows_imported INT NOT NULL,
  rows_already  INT NOT NULL,
  rows_failed   INT NOT NULL,
  errors        JSONB
);

-- The authority's front-door settings (e.g. whether screeners' decisions need a manager's agreement).
CREATE TABLE frontdoor.setting (
  key         TEXT PRIMARY KEY,
  value       TEXT NOT NULL,
  reason      TEXT NOT NULL,
  changed_by  UUID,
  changed_at  TIMESTAMPTZ NOT NULL
);
