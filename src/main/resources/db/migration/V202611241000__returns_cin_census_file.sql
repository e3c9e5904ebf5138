-- Returns (issue 8), an oversight module: it reads the practice modules' reporting views only.
--
-- The log of CIN census files made: one row per file offered or refused (page download, API or the
-- command line), numbered per census year. serial_no is the file's header SerialNo (written with at
-- least three digits). errors and queries count the validation rules' breaches; held_back the children
-- left out because data the schema requires is missing; schema_valid whether the file passed its
-- year's XSD (a file that fails is never offered). The file itself is not kept: sha256 identifies it.
CREATE SCHEMA IF NOT EXISTS returns;

CREATE TABLE returns.cin_census_file (
  id                UUID PRIMARY KEY,
  census_year       INT NOT NULL CHECK (census_year BETWEEN 2000 AND 2100),
  reference_date    DATE NOT NULL,
  as_at             DATE NOT NULL,
  serial_no         INT NOT NULL CHECK (serial_no > 0),
  made_at           TIMESTAMPTZ NOT NULL,
  made_by           UUID,
  made_through      TEXT NOT NULL CHECK (made_through IN ('PAGE', 'API', 'COMMAND_LINE')),
  children          INT NOT NULL,
  episodes          INT NOT NULL,
  held_back         INT NOT NULL,
  errors            INT NOT NULL,
  queries           INT NOT NULL,
  size_bytes        BIGINT NOT NULL,
  sha256            TEXT NOT NULL,
  schema_valid      BOOLEAN NOT NULL,
  UNIQUE (census_year, serial_no)
);

CREATE INDEX cin_census_file_year ON returns.cin_census_file (census_year, made_at DESC);
