package uk.org.beacon.returns.cin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.returns.CensusYear;

/**
 * The census checked while recording: a child's breaches of the CIN census rules for the census
 * year running today, worked out from the child's recording as it stands now, and kept
 * ({@code returns.cin_breach}, reporting view {@code reporting.cin_census_breach}) so that data
 * quality can count them. A child's rows are replaced each time the child is checked; a whole
 * return's check replaces the year's rows. Breaches that only exist across children (two children
 * with one UPN, the return-level rules) come from the whole return's check.
 */
@Service
public class CinCensusChecks {

    private final CinCensusSource source;
    private final CinCensusRules rules;
    private final JdbcClient jdbc;
    private final Clock clock;

    CinCensusChecks(CinCensusSource source, CinCensusRules rules, JdbcClient jdbc, Clock clock) {
        this.source = source;
        this.rules = rules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The census year running today. */
    public CensusYear currentYear() {
        return CensusYear.containing(LocalDate.now(clock));
    }

    /**
     * The child's breaches in the census year running today, checked now. The kept list changes only
     * when the breaches did: opening a record whose recording has not changed since it was last
     * checked writes nothing. Callers check access to the child.
     */
    @Transactional
    public List<CinBreach> checkChild(UUID childId) {
        CensusYear year = currentYear();
        LocalDate today = LocalDate.now(clock);
        CinReturn census = source.buildForChild(year, today, childId);
        List<CinBreach> breaches = census.children().isEmpty() ? List.of()
                : rules.check(census, today).stream().filter(b -> childId.equals(b.personId())).toList();
        Map<Kept, Long> kept = count(jdbc.sql("""
                SELECT rule, kind, message, fields, source_kind, source_id, la_child_id
                  FROM returns.cin_breach WHERE person_id = :child AND census_year = :year
                """).param("child", childId).param("year", year.endYear())
                .query((rs, n) -> new Kept(rs.getString("rule"), rs.getString("kind"), rs.getString("message"),
                        List.of((String[]) rs.getArray("fields").getArray()), rs.getString("source_kind"), rs.getObject("source_id", UUID.class),
                        rs.getString("la_child_id"))).list());
        if (kept.equals(count(breaches.stream().map(Kept::of).toList()))) {
            return breaches;
        }
        jdbc.sql("DELETE FROM returns.cin_breach WHERE person_id = :child AND census_year = :year").param("child", childId)
                .param("year", year.endYear()).update();
        keep(year, breaches);
        return breaches;
    }

    /** A breach as it is kept: what the comparison with a fresh check looks at. */
    private record Kept(String rule, String kind, String message, List<String> fields, String sourceKind, UUID sourceId, String laChildId) {

        static Kept of(CinBreach b) {
            return new Kept(b.rule(), b.kind().name(), b.message(), List.copyOf(b.fields()), b.sourceKind(), b.sourceId(), b.laChildId());
        }
    }

    /** How many of each: the kept list and a fresh check are the same when every breach appears as often in both. */
    private static Map<Kept, Long> count(List<Kept> breaches) {
        return breaches.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Keeps a whole return's breaches as the year's current list. */
    @Transactional
    public void keepReturn(CinReturn census, List<CinBreach> breaches) {
        jdbc.sql("DELETE FROM returns.cin_breach WHERE census_year = :year").param("year", census.year().endYear()).update();
        keep(census.year(), breaches);
    }

    private void keep(CensusYear year, List<CinBreach> breaches) {
        if (breaches.isEmpty()) {
            return;
        }
        // one statement for the lot: a whole return can hold thousands of breaches
        jdbc.sql("""
                INSERT INTO returns.cin_breach (census_year, person_id, la_child_id, rule, kind, message, fields, source_kind, source_id, checked_at)
                SELECT :year, b.person, b.la, b.rule, b.kind, b.message, string_to_array(b.fields, ','), b.source_kind, b.source_id, :now
                  FROM unnest(:person, :la, :rule, :kind, :message, :fields, :sourceKind, :sourceId)
                       AS b(person, la, rule, kind, message, fields, source_kind, source_id)
                """).param("year", year.endYear()).param("now", OffsetDateTime.now(clock))
                .param("person", breaches.stream().map(CinBreach::personId).toArray(UUID[]::new))
                .param("la", breaches.stream().map(CinBreach::laChildId).toArray(String[]::new))
                .param("rule", breaches.stream().map(CinBreach::rule).toArray(String[]::new))
                .param("kind", breaches.stream().map(b -> b.kind().name()).toArray(String[]::new))
                .param("message", breaches.stream().map(CinBreach::message).toArray(String[]::new))
                .param("fields", breaches.stream().map(b -> String.join(",", b.fields())).toArray(String[]::new))
                .param("sourceKind", breaches.stream().map(CinBreach::sourceKind).toArray(String[]::new))
                .param("sourceId", breaches.stream().map(CinBreach::sourceId).toArray(UUID[]::new)).update();
    }

    /** Where in the practice pages the data behind a breach is fixed. */
    public static String fixLink(CinBreach breach) {
        UUID child = breach.personId();
        if (child == null) {
            return null;
        }
        UUID id = breach.sourceId();
        return switch (breach.sourceKind() == null ? "CHILD" : breach.sourceKind()) {
            case "EPISODE" -> "/children/" + child + "/episodes";
            case "ASSESSMENT" -> id == null ? "/children/" + child : "/children/" + child + "/assessments/" + id;
            case "SECTION_47" -> id == null ? "/children/" + child : "/children/" + child + "/section-47-enquiries/" + id;
            case "CIN_PLAN" -> id == null ? "/children/" + child : "/children/" + child + "/child-in-need-plans/" + id;
            case "CP_PLAN" -> id == null ? "/children/" + child : "/children/" + child + "/child-protection/plans/" + id;
            default -> "/people/" + child + "/edit";
        };
    }
}
