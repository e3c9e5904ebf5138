/**
 * Staff, services, teams and roles; sign-in (form, HTTP Basic for the API, OIDC for production);
 * {@link uk.org.beacon.identity.RecordAccess}, the one policy for who may open a person's record,
 * with restricted records, break-glass and alerts to managers. {@code CaseHolders} is the question
 * record access asks about who holds a child's case; casework (allocation) answers it.
 * {@code Workforce}: each member of staff's FTE, agency or permanent, newly qualified and capacity
 * override (page /admin/staff/{id}/workforce); each team's vacant posts are a column (no form yet); both
 * are published with staff and teams as reporting views.
 * Publishes {@code StaffAccountChanged}, {@code RecordRestricted}, {@code GlassBroken}.
 * Depends on {@code web}.
 */
package uk.org.beacon.identity;
