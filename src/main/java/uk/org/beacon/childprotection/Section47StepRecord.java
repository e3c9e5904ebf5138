package uk.org.beacon.childprotection;

import java.time.LocalDateTime;

/**
 * One step of a section 47 enquiry as it is recorded: when it happened, what kind (VISIT,
 * AGENCY_CHECK, INTERVIEW, MEDICAL, OTHER), the agency checked with and whether the check was done,
 * what was learnt, and for a visit whether the child was seen and seen alone.
 */
public record Section47StepRecord(LocalDateTime occurredAt, String kind, String agency, Boolean checkDone, String detail, boolean childSeen,
        boolean childSeenAlone) {}
