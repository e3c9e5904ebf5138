-- Enquiries by the day they were concluded, as reporting.section47 gives it (only once signed off):
-- the scorecard's "section 47 enquiries leading to an initial conference" takes a period's concluded
-- enquiries, which without this read every enquiry ever recorded for each trend point.
CREATE INDEX IF NOT EXISTS section47_enquiry_concluded_idx ON childprotection.section47_enquiry
    ((CASE WHEN status = 'CONCLUDED' THEN concluded_on ELSE NULL::date END));
