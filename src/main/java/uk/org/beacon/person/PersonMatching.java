package uk.org.beacon.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.identity.StaffSummary;

/**
 * Matching at the front door: before a contact is recorded, the screener checks whether the child
 * or adult is already known. Candidates are gathered by index look-ups (NHS number, UPN or former
 * UPN, the names as search finds them, the date of birth as given and with day and month swapped,
 * and the address or postcode), weighed by {@link MatchRules}, and the best 20 shown with the
 * reasons. Restricted records appear without any detail, and every check is audited.
 */
@Service
public class PersonMatching {

    static final int MAX_CANDIDATES = 20;
    /** How many gathered records are weighed at most; identifier, date of birth and address look-ups come first. */
    private static final int MAX_WEIGHED = 600;
    /** Below this a candidate has no real evidence (same postcode, different name) and is left out. */
    private static final double LEAST_SCORE = 0.01;
    private static final String HIDDEN_REASON = "Restricted record: only named staff can see why it matched";
    private static final String UNIT = "\u001f";
    private static final String RECORD = "\u001e";

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;

    PersonMatching(JdbcClient jdbc, RecordAccess access, CurrentStaff currentStaff, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    /**
     * Records that may be the person described, best first, at most {@value #MAX_CANDIDATES}.
     * Merged records are left out (an identifier of a merged record leads to the record it was
     * merged into). Needs a practice role; partner professionals see only the children they are
     * involved with. One audit entry per check, without the details asked about.
     */
    @Transactional
    public List<MatchCandidate> candidates(MatchQuery query) {
        StaffSummary staff = currentStaff.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!staff.readsChildRecords()) {
            throw new AccessDeniedException("Your role does not search people's records");
        }
        List<MatchCandidate> shown = query == null || query.isEmpty() ? List.of() : find(query, staff.isPartner() ? staff.id() : null);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("purpose", "match");
        detail.put("by", detailsGiven(query));
        detail.put("results", shown.size());
        audit.record(new AuditEntry(staff.id(), AuditAction.SEARCHED, "PERSON", null, null, detail));
        return shown;
    }

    private List<MatchCandidate> find(MatchQuery query, UUID partnerStaffId) {
        Map<String, Object> params = new HashMap<>();
        List<String> strong = strongLookups(query, params);
        List<String> byName = NameLookups.clauses(readings(query), "m", params);
        String givenOnly = NameMatching.normalise(query.givenName());
        if (NameMatching.normalise(query.familyName()).isEmpty() && !givenOnly.isEmpty()) {
            params.put("givenVariants", List.copyOf(NameMatching.givenNameVariants(givenOnly)));
            byName.add("SELECT id FROM person.person WHERE given_name_key IN (:givenVariants)");
        }
        if (strong.isEmpty() && byName.isEmpty()) {
            return List.of();
        }
        List<String> ranked = new ArrayList<>();
        if (!strong.isEmpty()) {
            ranked.add("SELECT id, 0 AS rank FROM (" + String.join(" UNION ", strong) + ") s(id)");
        }
        if (!byName.isEmpty()) {
            ranked.add("SELECT id, 1 AS rank FROM (" + String.join(" UNION ", byName) + ") n(id)");
        }
        String postcode = MatchRules.postcode(query);
        params.put("postcodeAsked", postcode == null ? "" : postcode);
        // when more people share a name than can be weighed, the closest names are weighed first
        String givenAsked = NameMatching.normalise(query.givenName());
        params.put("familyKeyAsked", NameMatching.normalise(query.familyName()));
        params.put("givenInitialAsked", givenAsked.isEmpty() ? "%" : givenAsked.substring(0, 1) + "%");
        String partner = "";
        if (partnerStaffId != null) {
            partner = " AND p.id IN (SELECT i.person_id FROM person.professional_involvement i WHERE i.staff_id = :partner AND i.ended_on IS NULL)";
            params.put("partner", partnerStaffId);
        }
        String sql = """
                WITH found AS (%s),
                     grouped AS (SELECT id, min(rank) AS rank FROM found GROUP BY id),
                     best AS (SELECT g.id, g.rank FROM grouped g JOIN person.person q ON q.id = g.id
                              ORDER BY g.rank,
                                       (CASE WHEN q.family_name_key = :familyKeyAsked THEN 0 ELSE 1 END)
                                       + (CASE WHEN q.given_name_key LIKE :givenInitialAsked THEN 0 ELSE 1 END)
                              LIMIT %d)
                SELECT p.id, p.given_name, p.middle_names, p.family_name, p.preferred_name,
                       coalesce(p.date_of_birth, p.expected_date_of_birth) AS born, p.nhs_number, p.upn, p.former_upn,
                       (SELECT string_agg(coalesce(a.given_name, '') || chr(31) || a.family_name, chr(30) ORDER BY a.ordinal)
                          FROM person.alias a WHERE a.person = p.id) AS aliases,
                       (SELECT string_agg(m.nhs_number, chr(30)) FROM person.person m WHERE m.merged_into = p.id AND m.nhs_number IS NOT NULL) AS merged_nhs,
                       (SELECT string_agg(concat_ws(chr(30), m.upn, m.former_upn), chr(30)) FROM person.person m WHERE m.merged_into = p.id) AS merged_upns,
                       cur.address_key, cur.postcode,
                       (SELECT string_agg(r.address_key, chr(30)) FROM person.residence r
                          WHERE r.person = p.id AND r.moved_out IS NOT NULL AND r.postcode = :postcodeAsked) AS former_keys
                FROM best JOIN person.person p ON p.id = best.id
                LEFT JOIN LATERAL (SELECT r.address_key, r.postcode FROM person.residence r
                                   WHERE r.person = p.id AND r.moved_out IS NULL ORDER BY r.ordinal DESC LIMIT 1) cur ON TRUE
                WHERE p.merged_into IS NULL""".formatted(String.join(" UNION ALL ", ranked), MAX_WEIGHED) + partner;
        JdbcClient.StatementSpec spec = jdbc.sql(sql);
        for (Map.Entry<String, Object> e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<Found> found = spec.query((rs, i) -> {
            String given = rs.getString("given_name");
            String family = rs.getString("family_name");
            java.sql.Date born = rs.getDate("born");
            String formerKeys = rs.getString("former_keys");
            MatchRules.Candidate candidate = new MatchRules.Candidate(rs.getObject("id", UUID.class), given, family,
                    aliases(rs.getString("aliases")), born == null ? null : born.toLocalDate(), rs.getString("nhs_number"),
                    rs.getString("upn"), rs.getString("former_upn"), split(rs.getString("merged_nhs")), split(rs.getString("merged_upns")),
                    rs.getString("address_key"), rs.getString("postcode"), split(formerKeys),
                    formerKeys == null || postcode == null ? Set.of() : Set.of(postcode));
            return new Found(candidate, NameLookups.displayName(given, rs.getString("middle_names"), family, rs.getString("preferred_name")));
        }).list();

        List<Weighed> weighed = new ArrayList<>(found.size());
        for (Found f : found) {
            MatchRules.Assessment assessment = MatchRules.assess(query, f.candidate());
            if (assessment.score() >= LEAST_SCORE) {
                weighed.add(new Weighed(f, assessment));
            }
        }
        weighed.sort(Comparator.comparingDouble((Weighed w) -> w.assessment().score()).reversed()
                .thenComparing(w -> w.found().name()));
        List<Weighed> best = weighed.size() > MAX_CANDIDATES ? weighed.subList(0, MAX_CANDIDATES) : weighed;
        List<UUID> ids = best.stream().map(w -> w.found().candidate().id()).toList();
        Set<UUID> hidden = access.hiddenAmong(ids);
        Set<UUID> restricted = access.restrictedAmong(ids);
        return best.stream().map(w -> {
            MatchRules.Candidate c = w.found().candidate();
            if (hidden.contains(c.id())) {
                return new MatchCandidate(c.id(), null, null, null, w.assessment().score(), List.of(HIDDEN_REASON), true);
            }
            return new MatchCandidate(c.id(), w.found().name(), c.dateOfBirth(), c.postcode(), w.assessment().score(),
                    w.assessment().reasons(), restricted.contains(c.id()));
        }).toList();
    }

    /** Identifier, date of birth and postcode look-ups: few records each, so always weighed. */
    private static List<String> strongLookups(MatchQuery query, Map<String, Object> params) {
        List<String> lookups = new ArrayList<>();
        if (!blank(query.nhsNumber())) {
            params.put("nhs", NhsNumber.normalise(query.nhsNumber()));
            lookups.add("SELECT coalesce(merged_into, id) FROM person.person WHERE nhs_number = :nhs");
        }
        if (!blank(query.upn())) {
            params.put("upn", UniquePupilNumber.normalise(query.upn()));
            lookups.add("SELECT coalesce(merged_into, id) FROM person.person WHERE upn = :upn");
            lookups.add("SELECT coalesce(merged_into, id) FROM person.person WHERE former_upn = :upn");
        }
        if (query.dateOfBirth() != null) {
            List<LocalDate> dates = new ArrayList<>(List.of(query.dateOfBirth()));
            MatchRules.swapped(query.dateOfBirth()).ifPresent(dates::add);
            params.put("dates", dates);
            lookups.add("SELECT id FROM person.person WHERE date_of_birth IN (:dates)");
        }
        String postcode = MatchRules.postcode(query);
        if (postcode != null) {
            params.put("postcode", postcode);
            lookups.add("SELECT person FROM person.residence WHERE postcode = :postcode");
        }
        return lookups;
    }

    /**
     * The name as given; each part of a double-barrelled family name on its own (Smith-Jones finds
     * Smith and Jones); and given and family names the other way round.
     */
    private static List<NameLookups.Reading> readings(MatchQuery query) {
        String given = NameMatching.normalise(query.givenName());
        String family = NameMatching.normalise(query.familyName());
        List<NameLookups.Reading> readings = new ArrayList<>();
        if (family.isEmpty()) {
            return readings;
        }
        String g = given.isEmpty() ? null : given;
        readings.add(new NameLookups.Reading(g, family));
        List<String> parts = NameMatching.familyNameParts(family);
        if (parts.size() > 1) {
            parts.forEach(part -> readings.add(new NameLookups.Reading(g, part)));
        }
        if (g != null) {
            readings.add(new NameLookups.Reading(family, given));
        }
        return readings;
    }

    private static List<PersonRecord.AliasName> aliases(String joined) {
        if (joined == null) {
            return List.of();
        }
        return Arrays.stream(joined.split(RECORD)).map(a -> {
            String[] names = a.split(UNIT, -1);
            return new PersonRecord.AliasName(names[0].isEmpty() ? null : names[0], names.length > 1 ? names[1] : "");
        }).toList();
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(joined.split(RECORD)));
    }

    private static List<String> detailsGiven(MatchQuery q) {
        List<String> used = new ArrayList<>();
        if (q == null) return used;
        if (!blank(q.givenName())) used.add("givenName");
        if (!blank(q.familyName())) used.add("familyName");
        if (q.dateOfBirth() != null) used.add("dateOfBirth");
        if (!blank(q.nhsNumber())) used.add("nhsNumber");
        if (!blank(q.upn())) used.add("upn");
        if (!blank(q.postcode())) used.add("postcode");
        if (!blank(q.addressLine1())) used.add("addressLine1");
        return used;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private record Found(MatchRules.Candidate candidate, String name) {}

    private record Weighed(Found found, MatchRules.Assessment assessment) {}
}
