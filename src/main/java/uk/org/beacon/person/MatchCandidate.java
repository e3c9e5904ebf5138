package uk.org.beacon.person;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A record that may be the person a contact is about, with a 0 to 1 score and the reasons in plain
 * English, strongest first, so the screener can decide. A restricted record the screener may not
 * open shows only that it exists: {@code restricted} is true and name, date of birth, postcode and
 * the detailed reasons are withheld. A restricted record they may open is shown in full, flagged.
 */
public record MatchCandidate(UUID personId, String name, LocalDate dateOfBirth, String postcode, double score, List<String> reasons,
        boolean restricted) {}
