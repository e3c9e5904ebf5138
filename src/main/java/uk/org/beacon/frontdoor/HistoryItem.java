package uk.org.beacon.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

/** One earlier event in the child's history shown at the door (a contact, a referral…), with its outcome. */
public record HistoryItem(LocalDate date, String kind, String outcome, String reference, UUID contactId) {}
