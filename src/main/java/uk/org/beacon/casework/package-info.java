/**
 * Casework: the spine every later stage of the child's journey uses. Allocation of a child's case
 * to a worker and team (with co-workers and transfers), case notes and visits, management
 * decisions, case supervision and authorisations, the worklists a worker lands on and the child's
 * record page, which composes other modules' summaries.
 * Publishes {@code CaseAllocated}, {@code CaseTransferred}, {@code CaseNoteFinalised},
 * {@code ManagementDecisionRecorded}, {@code SupervisionRecorded}.
 * Depends on {@code timescales}, {@code person}, {@code identity}, {@code audit}, {@code codes},
 * {@code calendar}, {@code web}; reads earlier practice stages ({@code frontdoor}) through their
 * entry classes.
 */
package uk.org.beacon.casework;
