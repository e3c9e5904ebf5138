package uk.org.beacon.chronology;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** Everything a printed chronology shows: whose it is, for whom, what it covers, who produced it and when. */
record ChronologyDocument(String authorityName, String childName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth, Audience audience,
        ChronologyFilter filter, List<ChronologyEntryDetails> entries, int withheld, ZonedDateTime generatedAt, String generatedBy) {

    /** The first day covered: the filter's start, or the earliest entry. */
    LocalDate coversFrom() {
        if (filter.from() != null) {
            return filter.from();
        }
        return entries.stream().map(ChronologyEntryDetails::occurredOn).min(LocalDate::compareTo).orElse(null);
    }

    /** The last day covered: the filter's end, or the latest entry. */
    LocalDate coversTo() {
        if (filter.to() != null) {
            return filter.to();
        }
        return entries.stream().map(ChronologyEntryDetails::occurredOn).max(LocalDate::compareTo).orElse(null);
    }
}
