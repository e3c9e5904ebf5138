package uk.org.beacon.childprotection.conference;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** The chair arranged (or re-arranged) an initial conference for {@code scheduledFor}; it is due by {@code dueOn} (T5). */
public record InitialConferenceScheduled(UUID conferenceId, UUID childId, UUID enquiryId, LocalDateTime scheduledFor, LocalDate dueOn,
        UUID chairId) {}
