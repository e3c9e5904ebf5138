package uk.org.beacon.returns.cin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import uk.org.beacon.returns.CensusYear;

/**
 * Synthetic returns for the file tests: one child (Rosa) whose record uses every element of the
 * layout, an unborn child, a child with only an NFA referral, and (when asked) a child whose record
 * the schema cannot take. Dates are placed inside the given census year.
 */
final class CinReturnExamples {

    static final UUID ROSA = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    static final UUID UNBORN = UUID.fromString("00000000-0000-0000-0000-00000000a002");
    static final UUID NFA = UUID.fromString("00000000-0000-0000-0000-00000000a003");
    static final UUID BROKEN = UUID.fromString("00000000-0000-0000-0000-00000000a004");

    private CinReturnExamples() {}

    static CinHeader header() {
        return new CinHeader("201", "Beacon", "1.2.3", "007", LocalDateTime.of(2026, 4, 2, 9, 30, 15));
    }

    /** A day in the year: {@code month} 4..12 falls in the first calendar year, 1..3 in the second. */
    static LocalDate day(CensusYear year, int month, int dayOfMonth) {
        return LocalDate.of(month >= 4 ? year.endYear() - 1 : year.endYear(), month, dayOfMonth);
    }

    static CinChild rosa(CensusYear y) {
        CinEpisode carriedOver = new CinEpisode(UUID.randomUUID(), LocalDate.of(y.endYear() - 2, 11, 3), "2A", "N4", day(y, 6, 30), "RC7",
                null, List.of(), List.of(new CinPlanPeriod(UUID.randomUUID(), LocalDate.of(y.endYear() - 2, 12, 1), day(y, 6, 30))), List.of(),
                false, List.of());
        CinEpisode current = new CinEpisode(UUID.randomUUID(), day(y, 9, 1), "6", "N1", null, null, day(y, 12, 5),
                List.of(new CinAssessment(UUID.randomUUID(), day(y, 9, 2), day(y, 10, 14), List.of("3A", "16A", "18C")),
                        new CinAssessment(UUID.randomUUID(), day(y, 2, 2), null, List.of())),
                List.of(new CinPlanPeriod(UUID.randomUUID(), day(y, 10, 20), day(y, 11, 10))),
                List.of(new CinSection47(UUID.randomUUID(), day(y, 11, 11), day(y, 12, 2), day(y, 12, 1), false),
                        new CinSection47(UUID.randomUUID(), day(y, 2, 3), day(y, 2, 24), null, true)),
                false,
                List.of(new CinProtectionPlan(UUID.randomUUID(), day(y, 12, 1), day(y, 3, 20), "NEG", "EMO", 1,
                        List.of(day(y, 2, 27), day(y, 3, 19)))));
        return new CinChild(ROSA, "B000123", "A201123456789", "T201123456780", null, LocalDate.of(y.endYear() - 9, 2, 14), null, "F",
                day(y, 3, 21), "WBRI", List.of("MOB", "COMM"), List.of(carriedOver, current));
    }

    static CinChild unborn(CensusYear y) {
        return new CinChild(UNBORN, "B000124", null, null, "UN6", null, day(y, 5, 1).plusYears(1), "U", null, "NOBT", List.of(),
                List.of(new CinEpisode(UUID.randomUUID(), day(y, 1, 10), "3B", "N1", null, null, null,
                        List.of(new CinAssessment(UUID.randomUUID(), day(y, 1, 11), null, List.of())), List.of(), List.of(), false,
                        List.of())));
    }

    static CinChild nfa(CensusYear y) {
        return new CinChild(NFA, "B000125", null, null, "UN7", LocalDate.of(y.endYear() - 4, 7, 1), null, "M", null, "AIND", null,
                List.of(new CinEpisode(UUID.randomUUID(), day(y, 7, 7), "9", null, null, null, null, null, null, null, true, null)));
    }

    /** Missing sex, an unknown ethnicity code and a plan with no category: the schema cannot take this child. */
    static CinChild broken(CensusYear y) {
        return new CinChild(BROKEN, "B000126", null, null, "UN1", LocalDate.of(y.endYear() - 1, 1, 1), null, null, null, "XXXX",
                List.of("NONE"), List.of(new CinEpisode(UUID.randomUUID(), day(y, 8, 8), "6", "N1", null, null, null, List.of(), List.of(),
                        List.of(), false, List.of(new CinProtectionPlan(UUID.randomUUID(), day(y, 9, 9), null, null, "NEG", 0, List.of())))));
    }

    static CinReturn rich(CensusYear year) {
        return new CinReturn(year, header(), List.of(rosa(year), unborn(year), nfa(year)));
    }

    static CinReturn withBroken(CensusYear year) {
        return new CinReturn(year, header(), List.of(rosa(year), broken(year), nfa(year)));
    }
}
