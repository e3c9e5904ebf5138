package uk.org.beacon.returns.cin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
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
        List<String> kept = jdbc.sql("""
                SELECT concat_ws(E'\\x1f', rule, kind, message, array_to_string(fields, ','), source_kind, source_id::text, la_child_id)
                  FROM returns.cin_breach WHERE person_id = :child AND census_year = :year
                """).param("child", childId).param("year", year.endYear()).query(String.class).list();
        if (sameBreaches(kept, breaches)) {
            return breaches;
        }
        jdbc.sql("DELETE FROM returns.cin_breach WHERE person_id = :child AND census_year = :year").param("child", childId)
                .param("year", year.endYear()).update();
        keep(year, breaches);
        return breaches;
    }

    private static boolean sameBreaches(List<String> kept, List<CinBreach> breaches) {
        if (kept.size() != breaches.size()) {
            return false;
        }
        List<String> now = new ArrayList<>(breaches.stream().map(b -> String.join("\u001f", nonNull(b.rule(), b.kind().name(), b.message(),
                String.join(",", b.fields()), b.sourceKind(), b.sourceId() == null ? null : b.sourceId().toString(), b.laChildId()))).toList());
        List<String> before = new ArrayList<>(kept);
        Collections.sort(now);
        Collections.sort(before);
        return now.equals(before);
    }

    /** As concat_ws: nulls left out. */
    private static List<String> nonNull(String... parts) {
        return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toList();
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
