-- Assessments by the day they were authorised: the scorecard's timeliness measures take a period's
-- authorised assessments, which without this read every assessment ever recorded.
CREATE INDEX IF NOT EXISTS assessment_authorised_on_idx ON assessment.assessment (authorised_on) WHERE authorised_on IS NOT NULL;
