/**
 * Casework: the spine every later stage of the child's journey uses. Allocation of a child's case
 * to a worker and team (one key worker at a time, co-workers from other teams, transfers between
 * teams on local rule L1), case notes and visits, management decisions, case supervision and
 * authorisations (any module's item awaiting a manager's sign-off), the worklists a worker lands on
 * ("my work", "my team", as at any day) and the child's record page, which composes other modules'
 * panels ({@code ChildRecordSection}).
 * Publishes {@code CaseAllocated}, {@code CaseTransferred}, {@code CaseNoteFinalised},
 * {@code ManagementDecisionRecorded}, {@code SupervisionRecorded}, {@code AuthorisationDecided}.
 * Answers identity's {@code CaseHolders} question from allocation, so a restricted record opens to
 * those who hold the child's case (read-only once it has moved on).
 * Depends on {@code timescales}, {@code person}, {@code identity}, {@code audit}, {@code codes},
 * {@code calendar}, {@code web}; reads earlier practice stages ({@code frontdoor}) through their
 * entry classes.
 */
package uk.org.beacon.casework;
