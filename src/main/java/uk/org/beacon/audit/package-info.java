/**
 * The one audit trail: who viewed or changed which record, when, through which page or API
 * route, and why where a reason was given. Identifiers only, never names. Listens to identity's
 * events; practice modules write to it in the same transaction as their change.
 * Depends on {@code identity}, {@code web}.
 */
package uk.org.beacon.audit;
