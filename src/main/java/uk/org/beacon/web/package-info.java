/**
 * Shared kernel for pages and the API: the GOV.UK page frame, form error helpers, problem
 * details for the JSON API, the shared exceptions (rule violations, edit conflicts, restricted
 * records), server-side drafts kept when a session times out, and the plain A4 document writer
 * ({@code PlainDocument}) every PDF for a family or a court is typeset with. Depends on nothing.
 */
package uk.org.beacon.web;
