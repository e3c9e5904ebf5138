package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One item behind a figure (a contact, a referral, a clock, an authorisation...), with the child it
 * is about (name withheld when the record is restricted and hidden from the reader), the team and
 * worker it counts for, its date, category and value.
 */
public record MeasureItem(UUID itemId, UUID childId, String childName, UUID teamId, String teamName, UUID workerId, String workerName,
        String label, LocalDate eventOn, String category, BigDecimal value, boolean inNumerator) {}
