package uk.org.beacon.childprotection.plan;

import java.time.LocalDate;
import java.util.UUID;

/** A core group meeting: when, who attended, what it found, how many actions it recorded progress on. */
public record CoreGroupMeeting(UUID id, LocalDate heldOn, String attendees, String summary, int actionsReviewed, String lateReason) {}
