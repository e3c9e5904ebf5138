package uk.org.beacon.returns.cin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A child in the return ({@code Child}): identifiers, characteristics and the child's episodes of
 * need in the census year, oldest referral first. {@code sex} is M, F or U (written as
 * {@code GenderCurrent} 1, 2 or 0 for years up to 2023-24); {@code disabilities} are CIN codes
 * (NONE when the child has none recorded as none; empty when nothing is recorded).
 */
public record CinChild(UUID personId, String laChildId, String upn, String formerUpn, String upnUnknown, LocalDate birthDate,
        LocalDate expectedBirthDate, String sex, LocalDate deathDate, String ethnicity, List<String> disabilities,
        List<CinEpisode> episodes) {}
