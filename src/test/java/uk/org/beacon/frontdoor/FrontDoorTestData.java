package uk.org.beacon.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Synthetic contacts for tests. */
final class FrontDoorTestData {

    private FrontDoorTestData() {}

    static ContactRecord phoneCall(UUID childId, String given, String family, LocalDate dob, Instant receivedAt) {
        return new ContactRecord(receivedAt, Channel.PHONE, "2A", childId, given, family, dob, "DM1 2AB", "12 Test Street",
                Set.of("NEGLECT"), "Child arrives at school hungry and in dirty clothes most days this term.", null, Consent.GIVEN, null,
                RequestType.SERVICE, Urgency.ROUTINE, "Ms Example Teacher", "Northgate Academy", "Designated safeguarding lead",
                "01632 960 001", "dsl@northgate.example", null, null, false);
    }

    static ContactRecord marf(String given, String family, LocalDate dob) {
        return new ContactRecord(null, Channel.MARF, "2A", null, given, family, dob, "DM1 2AB", "12 Test Street", Set.of("EMOTIONAL"),
                "The child told their teacher they are frightened to go home because of shouting every night.", null, Consent.NOT_SOUGHT,
                "Seeking consent could place the child at risk", RequestType.SERVICE, Urgency.URGENT, null, null, null, "01632 960 002", null,
                null, null, false);
    }
}
