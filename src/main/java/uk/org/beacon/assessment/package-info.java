/**
 * The child and family (single) assessment, from a referral to the manager's authorisation (T2:
 * 45 working days from the referral). Publishes {@code AssessmentStarted} and
 * {@code AssessmentAuthorised}.
 */
package uk.org.beacon.assessment;
