package uk.org.beacon.audit;

/** What was done to a record. */
public enum AuditAction {
    VIEWED, SEARCHED, CREATED, CHANGED, RESTRICTED, RESTRICTION_LIFTED, BROKE_GLASS, REFUSED
}
