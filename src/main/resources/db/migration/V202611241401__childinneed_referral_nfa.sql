-- A referral that needed no further action (CIN census ReferralNFA): the episode was closed with
-- nothing done in it, no assessment, section 47 enquiry, child in need plan or child protection
-- plan. Until now the reporting view always said FALSE.
CREATE OR REPLACE VIEW reporting.cin_episode AS
SELECT e.id AS episode_id, e.child_id, e.referral_id, e.referral_date, e.referral_source, e.primary_need,
       e.closed_on AS closure_date, e.closure_reason,
       (e.closed_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM childinneed.episode_activity a WHERE a.episode_id = e.id)
        AND NOT EXISTS (SELECT 1 FROM childinneed.cin_plan c WHERE c.episode_id = e.id)) AS referral_nfa,
       e.lead_professional_name, e.lead_professional_agency, e.lead_professional_accepted_on,
       (SELECT count(*) FROM childinneed.episode_referral r WHERE r.episode_id = e.id AND NOT r.opened_episode) AS further_referrals
FROM childinneed.episode e;
