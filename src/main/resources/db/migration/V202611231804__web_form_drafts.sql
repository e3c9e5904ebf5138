-- Form content kept server-side when a session times out mid-edit, so nothing typed is lost.
CREATE SCHEMA web;

CREATE TABLE web.form_draft (
  token       TEXT NOT NULL,
  path        TEXT NOT NULL,
  fields      JSONB NOT NULL,
  saved_at    TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (token, path)
);
