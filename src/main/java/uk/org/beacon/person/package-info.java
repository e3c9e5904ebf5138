/**
 * The person register: children, unborn children and adults; names and aliases, identifiers
 * (NHS number, UPN) checked on entry, legal sex apart from gender identity, address history,
 * households, relationships and the professionals involved; phonetic and fuzzy search. Every read
 * goes through {@code RecordAccess} and is audited.
 * Front-door matching ({@code PersonMatching}: is this person already known, and why do we think
 * so?) and duplicate records ({@code PersonMerges}: likely duplicates, merge with a reason, reversal).
 * Publishes {@code PeopleMerged} and {@code MergeReversed} so other modules can re-point what they
 * hold against a merged record. Its data contract for oversight: the views {@code reporting.person}
 * (what is recorded, for data quality) and {@code reporting.household_member} (residences by a key
 * per address, with their dates: who shared a household when).
 * Depends on {@code identity}, {@code audit}, {@code codes}, {@code web}.
 */
package uk.org.beacon.person;
