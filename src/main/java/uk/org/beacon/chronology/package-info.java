/**
 * The child's chronology, an oversight module: it listens and queries, never commands practice.
 * Owns the {@code chronology} schema: one entry per significant event in the child's life and in
 * the work with them, with the practice date, what happened, the impact on the child (recorded by
 * the worker), significance, a third-party information flag for the family's copy, and voiding
 * with a reason (never deleted). Pages at {@code /children/{childId}/chronology}, printed for the
 * court or the family at {@code /children/{childId}/chronology.pdf?for=court|family}, the JSON API
 * at {@code /api/v1/children/{childId}/chronology}, and a panel on the child's record page
 * ({@code casework.ChildRecordSection}).
 * Publishes no events; its data contract for oversight is the view {@code reporting.chronology_entry}
 * (entries in force, without their text). Listens to {@code frontdoor} ({@code ContactReceived}, {@code ContactDecided},
 * {@code ReferralAccepted}), {@code casework} ({@code CaseAllocated}, {@code CaseTransferred},
 * {@code CaseNoteFinalised}, {@code ManagementDecisionRecorded}, {@code SupervisionRecorded}) and
 * {@code person} ({@code PeopleMerged}, {@code MergeReversed}) and {@code childprotection::conference}
 * ({@code InitialConferenceHeld}), durably after commit.
 * Depends on {@code frontdoor}, {@code casework} (events and the record page's section interface),
 * {@code person}, {@code identity} (record access, staff names), {@code audit}, {@code codes},
 * {@code web}.
 */
package uk.org.beacon.chronology;
