package uk.org.beacon.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds people fast on a large authority. Identifiers are exact index look-ups; names gather
 * candidates by the sound of the family name (Double Metaphone), its first letters, or an alias,
 * then rank them in memory by fuzzy similarity of both names (Jaro-Winkler with known
 * diminutives). Everything narrows by date of birth and postcode when given.
 */
@Component
class PersonSearch {

    static final int MAX_RESULTS = 50;
    private static final int MAX_CANDIDATES = 5000;

    private final JdbcClient jdbc;

    PersonSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param partnerStaffId when set, only people this partner professional is involved with */
    List<PersonMatch> find(SearchCriteria c, UUID partnerStaffId) {
        if (c.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("WHERE p.merged_into IS NULL");
        Map<String, Object> params = new HashMap<>();
        List<NameLookups.Reading> splits = new ArrayList<>();
        if (c.name() != null && !c.name().isBlank()) {
            // every way of reading the words as "given names + family name"; each way of finding
            // candidates is its own index look-up, and the union feeds the filters below
            splits.addAll(NameLookups.readingsOf(c.name()));
            List<String> clauses = NameLookups.clauses(splits, "", params);
            String[] parts = NameMatching.normalise(c.name()).split(" ");
            if (parts.length == 1) {
                params.put("only", parts[0]);
                clauses.add("SELECT id FROM person.person WHERE given_name_key = :only");
            }
            where.append(" AND p.id IN (").append(String.join(" UNION ", clauses)).append(")");
        }
        if (c.dateOfBirth() != null) {
            where.append(" AND (p.date_of_birth = :dob OR p.expected_date_of_birth = :dob)");
            params.put("dob", c.dateOfBirth());
        }
        if (c.nhsNumber() != null && !c.nhsNumber().isBlank()) {
            where.append(" AND p.nhs_number = :nhs");
            params.put("nhs", NhsNumber.normalise(c.nhsNumber()));
        }
        if (c.upn() != null && !c.upn().isBlank()) {
            where.append(" AND (p.upn = :upn OR p.former_upn = :upn)");
            params.put("upn", UniquePupilNumber.normalise(c.upn()));
        }
        if (c.postcode() != null && !c.postcode().isBlank()) {
            if (Postcode.isValid(c.postcode())) {
                where.append(" AND p.id IN (SELECT r.person FROM person.residence r WHERE r.postcode = :postcode)");
                params.put("postcode", Postcode.normalise(c.postcode()));
            } else {
                // part of a postcode: an outward code ("DM3") or more ("DM3 4")
                String typed = c.postcode().trim().toUpperCase().replaceAll("\\s+", " ");
                where.append(" AND p.id IN (SELECT r.person FROM person.residence r WHERE r.postcode LIKE :postcodePrefix)");
                boolean outwardCode = typed.matches("[A-Z]{1,2}[0-9][0-9A-Z]?");
                params.put("postcodePrefix", outwardCode ? typed + " %" : typed + "%");
            }
        }
        if (partnerStaffId != null) {
            where.append(" AND p.id IN (SELECT i.person_id FROM person.professional_involvement i WHERE i.staff_id = :partner AND i.ended_on IS NULL)");
            params.put("partner", partnerStaffId);
        }
        String sql = """
                SELECT p.id, p.kind, p.given_name, p.middle_names, p.family_name, p.preferred_name, p.date_of_birth,
                       p.expected_date_of_birth, p.legal_sex,
                       (SELECT string_agg(coalesce(a.given_name, '') || ' ' || a.family_name, '|') FROM person.alias a WHERE a.person = p.id) AS aliases
                FROM person.person p
                """ + where + " LIMIT " + MAX_CANDIDATES;
        JdbcClient.StatementSpec spec = jdbc.sql(sql);
        for (Map.Entry<String, Object> e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<Candidate> candidates = spec.query(PersonSearch::candidate).list();
        List<PersonMatch> matches = new ArrayList<>(candidates.size());
        for (Candidate cand : candidates) {
            double score = splits.isEmpty() ? 1.0 : 0.0;
            for (NameLookups.Reading split : splits) {
                score = Math.max(score, split.given() == null
                        ? Math.max(NameMatching.similarity(split.family(), cand.family), NameMatching.similarity(split.family(), cand.given))
                        : NameMatching.score(split.given(), split.family(), cand.given, cand.family, cand.aliases));
            }
            if (!splits.isEmpty() && score < 0.6) {
                continue;
            }
            matches.add(new PersonMatch(cand.id, cand.kind, cand.displayName, cand.dob, cand.sex, null, score, false, false));
        }
        matches.sort(Comparator.comparingDouble(PersonMatch::score).reversed()
                .thenComparing(PersonMatch::name, Comparator.nullsLast(Comparator.naturalOrder())));
        List<PersonMatch> top = matches.size() > MAX_RESULTS ? matches.subList(0, MAX_RESULTS) : matches;
        return withPostcodes(top);
    }

    /** Current postcodes, fetched only for the results shown. */
    private List<PersonMatch> withPostcodes(List<PersonMatch> matches) {
        if (matches.isEmpty()) {
            return matches;
        }
        Map<UUID, String> postcodes = new HashMap<>();
        jdbc.sql("SELECT person, postcode FROM person.residence WHERE person IN (:ids) AND moved_out IS NULL ORDER BY ordinal")
                .param("ids", matches.stream().map(PersonMatch::id).toList())
                .query((rs, i) -> postcodes.put(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        return matches.stream()
                .map(m -> new PersonMatch(m.id(), m.kind(), m.name(), m.dateOfBirth(), m.legalSex(), postcodes.get(m.id()), m.score(), false, false))
                .toList();
    }


    private record Candidate(UUID id, String kind, String given, String family, String displayName, LocalDate dob, String sex,
            List<String> aliases) {}

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        String given = rs.getString("given_name");
        String family = rs.getString("family_name");
        java.sql.Date dob = rs.getDate("date_of_birth");
        java.sql.Date edd = rs.getDate("expected_date_of_birth");
        String aliases = rs.getString("aliases");
        return new Candidate(rs.getObject("id", UUID.class), rs.getString("kind"), given == null ? "" : given, family,
                NameLookups.displayName(given, rs.getString("middle_names"), family, rs.getString("preferred_name")),
                dob != null ? dob.toLocalDate() : edd != null ? edd.toLocalDate() : null, rs.getString("legal_sex"),
                aliases == null ? List.of() : List.of(aliases.split("\\|")));
    }
}
