-- People known to children's services: children, unborn children, parents, carers and other adults.
CREATE SCHEMA person;

CREATE TABLE person.person (
  id                     UUID PRIMARY KEY,
  kind                   TEXT NOT NULL,
  given_name             TEXT,
  middle_names           TEXT,
  family_name            TEXT NOT NULL,
  preferred_name         TEXT,
  date_of_birth          DATE,
  expected_date_of_birth DATE,
  date_of_death          DATE,
  legal_sex              TEXT NOT NULL,
  gender_identity        TEXT,
  ethnicity              TEXT,
  religion               TEXT,
  first_language         TEXT,
  interpreter_needed     BOOLEAN NOT NULL DEFAULT FALSE,
  upn                    TEXT,
  former_upn             TEXT,
  upn_unknown_reason     TEXT,
  nhs_number             TEXT,
  sexual_orientation     TEXT,
  given_name_key         TEXT NOT NULL,
  family_name_key        TEXT NOT NULL,
  family_name_sound      TEXT NOT NULL,
  created_at             TIMESTAMPTZ NOT NULL,
  created_by             UUID,
  updated_at             TIMESTAMPTZ NOT NULL,
  updated_by             UUID,
  version                BIGINT NOT NULL,
  CONSTRAINT person_kind_ck CHECK (kind IN ('CHILD', 'UNBORN', 'ADULT')),
  CONSTRAINT person_sex_ck CHECK (legal_sex IN ('M', 'F', 'U'))
);
CREATE UNIQUE INDEX person_nhs_number_uk ON person.person (nhs_number) WHERE nhs_number IS NOT NULL;
CREATE UNIQUE INDEX person_upn_uk ON person.person (upn) WHERE upn IS NOT NULL;
CREATE INDEX person_family_sound_idx ON person.person (family_name_sound text_pattern_ops);
CREATE INDEX person_family_key_idx ON person.person (family_name_key text_pattern_ops);
CREATE INDEX person_dob_idx ON person.person (date_of_birth);
CREATE INDEX person_given_key_idx ON person.person (given_name_key text_pattern_ops);

CREATE TABLE person.alias (
  person      UUID NOT NULL REFERENCES person.person (id),
  ordinal     INT NOT NULL,
  given_name  TEXT,
  family_name TEXT NOT NULL,
  family_name_key   TEXT NOT NULL,
  family_name_sound TEXT NOT NULL,
  PRIMARY KEY (person, ordinal)
);
CREATE INDEX alias_family_sound_idx ON person.alias (family_name_sound);

CREATE TABLE person.disability (
  person UUID NOT NULL REFERENCES person.person (id),
  code   TEXT NOT NULL,
  PRIMARY KEY (person, code)
);

-- Address history; a household is everyone with an open residence at the same address.
CREATE TABLE person.residence (
  person      UUID NOT NULL REFERENCES person.person (id),
  ordinal     INT NOT NULL,
  line1       TEXT NOT NULL,
  line2       TEXT,
  town        TEXT,
  postcode    TEXT NOT NULL,
  address_key TEXT NOT NULL,
  moved_in    DATE,
  moved_out   DATE,
  PRIMARY KEY (person, ordinal)
);
CREATE INDEX residence_postcode_idx ON person.residence (postcode text_pattern_ops);
CREATE INDEX residence_address_key_idx ON person.residence (address_key) WHERE moved_out IS NULL;

CREATE TABLE person.relationship (
  id              UUID PRIMARY KEY,
  person_id       UUID NOT NULL REFERENCES person.person (id),
  relative_id     UUID NOT NULL REFERENCES person.person (id),
  type            TEXT NOT NULL,
  parental_responsibility BOOLEAN NOT NULL DEFAULT FALSE,
  started_on      DATE,
  ended_on        DATE,
  recorded_at     TIMESTAMPTZ NOT NULL,
  recorded_by     UUID,
  CONSTRAINT relationship_not_self_ck CHECK (person_id <> relative_id)
);
CREATE INDEX relationship_person_idx ON person.relationship (person_id);
CREATE INDEX relationship_relative_idx ON person.relationship (relative_id);

CREATE TABLE person.professional_involvement (
  id                UUID PRIMARY KEY,
  person_id         UUID NOT NULL REFERENCES person.person (id),
  role              TEXT NOT NULL,
  organisation      TEXT NOT NULL,
  professional_name TEXT,
  phone             TEXT,
  email             TEXT,
  staff_id          UUID,
  started_on        DATE,
  ended_on          DATE,
  recorded_at       TIMESTAMPTZ NOT NULL,
  recorded_by       UUID
);
CREATE INDEX involvement_person_idx ON person.professional_involvement (person_id);
CREATE INDEX involvement_staff_idx ON person.professional_involvement (staff_id) WHERE staff_id IS NOT NULL;
