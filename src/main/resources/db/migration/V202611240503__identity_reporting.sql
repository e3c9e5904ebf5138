-- Workforce facts for workload and performance (issue 7): each member of staff's contracted hours as
-- a fraction of full time (FTE), whether they are agency or permanent, whether they are a newly
-- qualified social worker in their assessed and supported year (ASYE, a protected caseload), and an
-- optional capacity set by their manager instead of the one worked out from FTE; each team's vacant
-- posts (FTE). Published with teams and staff as reporting views.
CREATE SCHEMA IF NOT EXISTS reporting;

ALTER TABLE identity.staff_member
  ADD COLUMN fte NUMERIC(3, 2) NOT NULL DEFAULT 1.00 CHECK (fte > 0 AND fte <= 1),
  ADD COLUMN employment TEXT NOT NULL DEFAULT 'PERMANENT' CHECK (employment IN ('PERMANENT', 'AGENCY')),
  ADD COLUMN newly_qualified BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN capacity_override NUMERIC(5, 1) CHECK (capacity_override IS NULL OR capacity_override >= 0);

ALTER TABLE identity.team
  ADD COLUMN vacancies_fte NUMERIC(4, 1) NOT NULL DEFAULT 0 CHECK (vacancies_fte >= 0);

CREATE VIEW reporting.team AS
SELECT t.id AS team_id, t.code, t.name, t.service_id, s.code AS service_code, s.name AS service_name, t.retired, t.vacancies_fte
  FROM identity.team t JOIN identity.service s ON s.id = t.service_id;

CREATE VIEW reporting.staff AS
SELECT m.id AS staff_id, m.display_name, m.job_title, m.team_id, m.active, m.fte, m.employment, m.newly_qualified, m.capacity_override,
       coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM identity.staff_role r WHERE r.staff_member = m.id), '{}') AS roles
  FROM identity.staff_member m;
