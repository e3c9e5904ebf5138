/**
 * The child and family (single) assessment, from a referral to the manager's authorisation (T2:
 * 45 working days from the referral). Owns the {@code assessment} schema (assessments written in
 * sections, their submissions and returns, amendments after authorisation; an authorised assessment
 * is immutable) and publishes the {@code reporting.assessment} view. Pages at
 * {@code /children/{childId}/assessments}, the family's PDF, the JSON API at
 * {@code /api/v1/children/{childId}/assessments}.
 * Publishes {@code AssessmentStarted} and {@code AssessmentAuthorised}; offers
 * {@code HistoryConsidered} for a later module (the chronology) to show the child's history beside
 * the form. Depends on {@code frontdoor} (the child's referrals), {@code timescales} (T2),
 * {@code person}, {@code identity}, {@code audit}, {@code codes}, {@code calendar}, {@code web}.
 */
package uk.org.beacon.assessment;
