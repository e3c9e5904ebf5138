package uk.org.beacon.frontdoor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front-door figures managers watch live: contacts by source today, this week and this month,
 * what is waiting and for how long, what is overdue against the decision clock, what contacts
 * became (outcome split, conversion to referral) and how many referrals were re-referrals. Each
 * figure is computed from the contacts themselves and links to the list behind it.
 */
@Service
public class FrontDoorFigures {

    /** A period the figures cover, from (inclusive) to (exclusive), UK dates. */
    public record Period(String key, String label, LocalDate from, LocalDate to) {}

    /** One row of a contact list behind a figure. */
    public record ListedContact(UUID id, String reference, java.time.Instant receivedAt, String childName, String source, String status,
            String decision) {}

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final FrontDoorClock decisionClock;
    private final Clock clock;

    FrontDoorFigures(JdbcClient jdbc, Contacts contacts, FrontDoorClock decisionClock, Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.decisionClock = decisionClock;
        this.clock = clock;
    }

    public List<Period> periods() {
        LocalDate today = LocalDate.now(clock.withZone(ContactRules.UK));
        return List.of(
                new Period("today", "Today", today, today.plusDays(1)),
                new Period("week", "This week", today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today.plusDays(1)),
                new Period("month", "This month", today.withDayOfMonth(1), today.plusDays(1)),
                new Period("year", "Last 12 months", today.minusMonths(12).plusDays(1), today.plusDays(1)));
    }

    public Period period(String key) {
        return periods().stream().filter(p -> p.key().equals(key)).findFirst().orElse(periods().get(2));
    }

    /** Contacts received in each period, by referral source (plus a total). */
    @PreAuthorize("hasAnyRole('SCREENER','TEAM_MANAGER','QUALITY_PERFORMANCE','SENIOR_LEADER')")
    @Transactional(readOnly = true)
    public Map<String, Map<String, Long>> contactsBySource() {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        for (Period p : periods()) {
            Map<String, Long> bySource = new LinkedHashMap<>();
            jdbc.sql("""
                            SELECT referral_source, count(*) FROM frontdoor.contact WHERE received_at >= :from AND received_at < :to
                            GROUP BY referral_source ORDER BY count(*) DESC
                            """)
                    .param("from", start(p.from())).param("to", start(p.to()))
                    .query((rs, i) -> bySource.put(rs.getString(1), rs.getLong(2)))
                    .list();
            bySource.put("ALL", bySource.values().stream().mapToLong(Long::longValue).sum());
            result.put(p.key(), bySource);
        }
        return result;
    }

    /** Outcome split of contacts decided in the period, with conversion to referral and the re-referral rate. */
    @PreAuthorize("hasAnyRole('SCREENER','TEAM_MANAGER','QUALITY_PERFORMANCE','SENIOR_LEADER')")
    @Transactional(readOnly = true)
    public Map<String, Object> outcomes(String periodKey) {
        Period p = period(periodKey);
        Map<String, Long> byDecision = new LinkedHashMap<>();
        for (ScreeningDecision d : ScreeningDecision.values()) {
            byDecision.put(d.name(), 0L);
        }
        jdbc.sql("""
                        SELECT decision, count(*) FROM frontdoor.contact WHERE decided_at >= :from AND decided_at < :to GROUP BY decision
                        """)
                .param("from", start(p.from())).param("to", start(p.to()))
                .query((rs, i) -> byDecision.put(rs.getString(1), rs.getLong(2)))
                .list();
        long decided = byDecision.values().stream().mapToLong(Long::longValue).sum();
        long referrals = jdbc.sql("SELECT count(*) FROM frontdoor.referral WHERE referral_date >= :from AND referral_date < :to")
                .param("from", p.from()).param("to", p.to()).query(Long.class).single();
        long reReferrals = jdbc.sql("SELECT count(*) FROM frontdoor.referral WHERE re_referral AND referral_date >= :from AND referral_date < :to")
                .param("from", p.from()).param("to", p.to()).query(Long.class).single();
        long informationOnly = jdbc.sql("SELECT count(*) FROM frontdoor.contact WHERE information_only AND received_at >= :from AND received_at < :to")
                .param("from", start(p.from())).param("to", start(p.to())).query(Long.class).single();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("period", p);
        result.put("byDecision", byDecision);
        result.put("decided", decided);
        result.put("referrals", referrals);
        result.put("reReferrals", reReferrals);
        result.put("informationOnly", informationOnly);
        result.put("conversionPercent", decided == 0 ? null : Math.round(1000.0 * byDecision.entrySet().stream()
                .filter(e -> ScreeningDecision.valueOf(e.getKey()).makesReferral()).mapToLong(Map.Entry::getValue).sum() / decided) / 10.0);
        result.put("reReferralPercent", referrals == 0 ? null : Math.round(1000.0 * reReferrals / referrals) / 10.0);
        return result;
    }

    /** What waits now: how many, the oldest, and how many are overdue against the decision clock. */
    @PreAuthorize("hasAnyRole('SCREENER','TEAM_MANAGER','QUALITY_PERFORMANCE','SENIOR_LEADER')")
    @Transactional(readOnly = true)
    public Map<String, Object> waiting() {
        List<ContactDetails> queue = contacts.awaitingScreening();
        var readings = decisionClock.readings(queue);
        long overdue = readings.values().stream().filter(r -> r.state().name().equals("OVERDUE")).count();
        long dueToday = readings.values().stream().filter(r -> r.state().name().equals("DUE_TODAY")).count();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", queue.size());
        result.put("overdue", overdue);
        result.put("dueToday", dueToday);
        result.put("oldest", queue.isEmpty() ? null : queue.get(0).receivedAt());
        return result;
    }

    /** The contacts behind a figure. */
    @PreAuthorize("hasAnyRole('SCREENER','TEAM_MANAGER','QUALITY_PERFORMANCE','SENIOR_LEADER')")
    @Transactional(readOnly = true)
    public List<ListedContact> list(String periodKey, String source, String decision, boolean referralsOnly, boolean reReferralsOnly,
            boolean informationOnly) {
        Period p = period(periodKey);
        StringBuilder sql = new StringBuilder("""
                SELECT c.id, c.reference, c.received_at, trim(coalesce(c.child_given_name, '') || ' ' || coalesce(c.child_family_name, '')),
                       c.referral_source, c.status, c.decision
                FROM frontdoor.contact c LEFT JOIN frontdoor.referral r ON r.contact_id = c.id
                WHERE TRUE
                """);
        Map<String, Object> params = new LinkedHashMap<>();
        boolean byDecision = decision != null && !decision.isBlank();
        if (referralsOnly || reReferralsOnly) {
            sql.append(" AND r.referral_date >= :fromDate AND r.referral_date < :toDate");
            params.put("fromDate", p.from());
            params.put("toDate", p.to());
        } else if (byDecision) {
            sql.append(" AND c.decided_at >= :from AND c.decided_at < :to AND c.decision = :decision");
            params.put("decision", decision);
        } else {
            sql.append(" AND c.received_at >= :from AND c.received_at < :to");
        }
        params.putIfAbsent("from", start(p.from()));
        params.putIfAbsent("to", start(p.to()));
        if (source != null && !source.isBlank() && !"ALL".equals(source)) {
            sql.append(" AND c.referral_source = :source");
            params.put("source", source);
        }
        if (reReferralsOnly) {
            sql.append(" AND r.re_referral");
        }
        if (informationOnly) {
            sql.append(" AND c.information_only");
        }
        sql.append(" ORDER BY c.received_at DESC LIMIT 1000");
        var spec = jdbc.sql(sql.toString());
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<ListedContact> rows = new ArrayList<>(spec.query((rs, i) -> new ListedContact(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), ContactStatus.valueOf(rs.getString(6)).label(),
                rs.getString(7) == null ? null : ScreeningDecision.valueOf(rs.getString(7)).label())).list());
        return rows;
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ContactRules.UK).toInstant());
    }
}
