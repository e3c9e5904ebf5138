/**
 * The person register: children, unborn children and adults; names and aliases, identifiers
 * (NHS number, UPN) checked on entry, legal sex apart from gender identity, address history,
 * households, relationships and the professionals involved; phonetic and fuzzy search. Every read
 * goes through {@code RecordAccess} and is audited.
 * Depends on {@code identity}, {@code audit}, {@code codes}, {@code web}.
 */
package uk.org.beacon.person;
