-- Assessments by the day they were authorised, carrying what the timeliness measures read of them
-- (the referral's date, kept on the assessment when it starts, and the team and worker), so a
-- year-to-date trend reads the index alone: at a large authority with years of history the plain
-- index fetched one scattered table page per assessment, twelve times over for the trend.
DROP INDEX IF EXISTS assessment.assessment_authorised_on_idx;
CREATE INDEX assessment_authorised_on_idx ON assessment.assessment (authorised_on) INCLUDE (referral_date, team_id, worker_id)
    WHERE authorised_on IS NOT NULL;
