/**
 * Shared kernel for pages and the API: the GOV.UK page frame, form error helpers, problem
 * details for the JSON API, the shared exceptions (rule violations, edit conflicts, restricted
 * records) and server-side drafts kept when a session times out. Depends on nothing.
 */
package uk.org.beacon.web;
