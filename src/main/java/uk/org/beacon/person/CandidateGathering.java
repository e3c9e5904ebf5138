package uk.org.beacon.person;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gathers and weighs the records that may be the person a check describes, for one check or for
 * a whole batch of them (a Monday's police notifications). Candidates are gathered by index
 * look-ups (NHS number, UPN or former UPN, the names as search finds them, the date of birth as
 * given and with day and month swapped, and the postcode), the closest {@value #MAX_WEIGHED} are
 * weighed by {@link MatchRules}, and the best {@value #MAX_CANDIDATES} kept.
 *
 * <p>Each kind of look-up is one statement for every check at once, and what it finds is kept, so
 * checks that share a name, a date of birth or a postcode share the look-up. Only what decides a
 * score is read: a record's aliases are read only when they could lift it among the best, its
 * current address only when it lives in the postcode asked about or is shown. A record added
 * meanwhile (a child the batch registered) is added with {@link #registered(UUID)}, so later checks
 * find it as if it had been there all along. Not for use by two threads at once.
 */
final class CandidateGathering {

    static final int MAX_CANDIDATES = 20;
    /** How many gathered records are weighed at most; identifier, date of birth and address look-ups come first. */
    static final int MAX_WEIGHED = 600;
    /** Below this a candidate has no real evidence (same postcode, different name) and is left out. */
    static final double LEAST_SCORE = 0.01;
    /** Past this many records held, what was read is forgotten before the next batch of checks. */
    private static final int MOST_HELD = 400_000;

    /** The index look-ups a check makes; the key is what is looked up. */
    enum Kind { NHS, UPN, DATE_OF_BIRTH, POSTCODE, FAMILY_SOUND, FAMILY_PREFIX, ALIAS_SOUND, SOUND_START_AND_INITIAL, GIVEN_NAME }

    record Lookup(Kind kind, String key) {}

    /** What ordering and filtering before weighing need: the name keys and whether merged. */
    private record Keys(String familyKey, String givenKey, UUID mergedInto) {}

    /** What weighing and showing need. */
    private record Details(String givenName, String middleNames, String familyName, String preferredName, LocalDate born,
            String nhsNumber, String upn, String formerUpn) {}

    private record Address(String addressKey, String postcode) {
        static final Address NONE = new Address(null, null);
    }

    /** A record found by an identifier: the record kept is the one it was merged into, if merged. */
    private record Holder(UUID id, UUID mergedInto) {
        UUID kept() {
            return mergedInto == null ? id : mergedInto;
        }
    }

    private record Residing(UUID person, String addressKey, boolean movedOut) {}

    /** One candidate kept for a check, with its score and reasons. */
    record Found(UUID id, String name, LocalDate dateOfBirth, String postcode, MatchRules.Assessment assessment) {}

    private final JdbcClient jdbc;
    /** For a partner professional: the people they are involved with; null for council staff. */
    private final Set<UUID> onlyAmong;

    private final Map<Lookup, List<UUID>> found = new HashMap<>();
    private final Map<Lookup, List<Holder>> holders = new HashMap<>();
    private final Map<String, Map<UUID, List<Residing>>> residents = new HashMap<>();
    private final Map<UUID, Keys> keys = new HashMap<>();
    private final Map<UUID, Details> details = new HashMap<>();
    private final Map<UUID, Address> current = new HashMap<>();
    private final Map<UUID, List<PersonRecord.AliasName>> aliases = new HashMap<>();

    CandidateGathering(JdbcClient jdbc, UUID partnerStaffId) {
        this.jdbc = jdbc;
        this.onlyAmong = partnerStaffId == null ? null : new HashSet<>(jdbc.sql("""
                        SELECT person_id FROM person.professional_involvement WHERE staff_id = :partner AND ended_on IS NULL""")
                .param("partner", partnerStaffId).query(UUID.class).list());
    }

    /** The candidates for each check, best first, in the order of the checks. */
    List<List<Found>> find(List<MatchQuery> queries) {
        if (keys.size() > MOST_HELD) {
            forget();
        }
        List<Check> checks = queries.stream().map(Check::new).toList();
        List<Check> open = new ArrayList<>(checks);
        open.removeIf(c -> c.result != null);
        while (!open.isEmpty()) {
            Needs needs = new Needs();
            for (Check check : open) {
                check.advance(needs);
            }
            open.removeIf(c -> c.result != null);
            if (!open.isEmpty()) {
                read(needs);
            }
        }
        return checks.stream().map(c -> c.result).toList();
    }

    /** The look-ups a check makes, identifiers, date of birth and postcode first. */
    static List<Lookup> lookups(MatchQuery query, boolean strong) {
        List<Lookup> lookups = new ArrayList<>();
        if (strong) {
            if (!blank(query.nhsNumber())) {
                lookups.add(new Lookup(Kind.NHS, NhsNumber.normalise(query.nhsNumber())));
            }
            if (!blank(query.upn())) {
                lookups.add(new Lookup(Kind.UPN, UniquePupilNumber.normalise(query.upn())));
            }
            if (query.dateOfBirth() != null) {
                lookups.add(new Lookup(Kind.DATE_OF_BIRTH, query.dateOfBirth().toString()));
                MatchRules.swapped(query.dateOfBirth()).ifPresent(d -> lookups.add(new Lookup(Kind.DATE_OF_BIRTH, d.toString())));
            }
            String postcode = MatchRules.postcode(query);
            if (postcode != null) {
                lookups.add(new Lookup(Kind.POSTCODE, postcode));
            }
            return lookups;
        }
        for (NameLookups.Reading reading : readings(query)) {
            String f = reading.family();
            String sound = NameMatching.phoneticKey(f);
            lookups.add(new Lookup(Kind.FAMILY_SOUND, sound));
            lookups.add(new Lookup(Kind.FAMILY_PREFIX, f.length() >= 3 ? f.substring(0, 3) : f));
            lookups.add(new Lookup(Kind.ALIAS_SOUND, sound));
            String g = reading.given();
            if (g != null && !g.isEmpty() && sound.length() >= 2) {
                // spelling slips that change the sound of the family name (Okehampton/Oakhampton):
                // same first sounds of the family name and the same initial
                lookups.add(new Lookup(Kind.SOUND_START_AND_INITIAL, sound.substring(0, 2) + "|" + g.substring(0, 1)));
            }
        }
        String givenOnly = NameMatching.normalise(query.givenName());
        if (NameMatching.normalise(query.familyName()).isEmpty() && !givenOnly.isEmpty()) {
            NameMatching.givenNameVariants(givenOnly).forEach(v -> lookups.add(new Lookup(Kind.GIVEN_NAME, v)));
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

    /** What the checks still waiting need read before they can go on. */
    private static final class Needs {
        final Map<Kind, Set<String>> lookups = new EnumMap<>(Kind.class);
        final Set<UUID> keys = new HashSet<>();
        final Set<UUID> details = new HashSet<>();
        final Set<UUID> current = new HashSet<>();
        final Set<UUID> aliases = new HashSet<>();
    }

    /** One check on its way: gathered, ordered and cut to those weighed, weighed, then the best kept. */
    private final class Check {
        final MatchRules.Asked asked;
        final List<Lookup> strong;
        final List<Lookup> byName;
        final String familyKeyAsked;
        final String givenInitialAsked;
        List<UUID> weighed;
        List<Found> result;

        Check(MatchQuery query) {
            this.asked = new MatchRules.Asked(query);
            this.strong = query.isEmpty() ? List.of() : lookups(query, true);
            this.byName = query.isEmpty() ? List.of() : lookups(query, false);
            this.familyKeyAsked = NameMatching.normalise(query.familyName());
            String given = NameMatching.normalise(query.givenName());
            this.givenInitialAsked = given.isEmpty() ? "" : given.substring(0, 1);
            if (strong.isEmpty() && byName.isEmpty()) {
                result = List.of();
            }
        }

        void advance(Needs needs) {
            if (weighed != null || gather(needs)) {
                weigh(needs);
            }
        }

        /** Gathers the records found by the look-ups, and cuts them to the closest few hundred. */
        private boolean gather(Needs needs) {
            boolean ready = true;
            for (Lookup lookup : strong) {
                ready &= held(lookup, needs);
            }
            for (Lookup lookup : byName) {
                ready &= held(lookup, needs);
            }
            if (!ready) {
                return false;
            }
            Set<UUID> first = new HashSet<>();
            for (Lookup lookup : strong) {
                first.addAll(idsFound(lookup));
            }
            Set<UUID> all = new HashSet<>(first);
            for (Lookup lookup : byName) {
                all.addAll(idsFound(lookup));
            }
            for (UUID id : all) {
                if (!keys.containsKey(id)) {
                    needs.keys.add(id);
                    ready = false;
                }
            }
            if (!ready) {
                return false;
            }
            // identifiers, date of birth and address first; then the closest names: same family
            // name, same initial; among equals, a fixed order so that the same check finds the same
            List<List<UUID>> groups = new ArrayList<>();
            for (int g = 0; g < 6; g++) {
                groups.add(new ArrayList<>());
            }
            for (UUID id : all) {
                Keys k = keys.get(id);
                if (k.mergedInto() != null || (onlyAmong != null && !onlyAmong.contains(id))) {
                    continue;
                }
                int closeness = (k.familyKey().equals(familyKeyAsked) ? 0 : 1) + (k.givenKey().startsWith(givenInitialAsked) ? 0 : 1);
                groups.get((first.contains(id) ? 0 : 3) + closeness).add(id);
            }
            List<UUID> cut = new ArrayList<>(Math.min(all.size(), MAX_WEIGHED));
            for (List<UUID> group : groups) {
                if (cut.size() + group.size() > MAX_WEIGHED) {
                    group.sort(Comparator.naturalOrder());
                    cut.addAll(group.subList(0, MAX_WEIGHED - cut.size()));
                    break;
                }
                cut.addAll(group);
            }
            weighed = cut;
            return true;
        }

        private boolean held(Lookup lookup, Needs needs) {
            boolean held = switch (lookup.kind()) {
                case NHS, UPN -> holders.containsKey(lookup);
                case POSTCODE -> residents.containsKey(lookup.key());
                default -> found.containsKey(lookup);
            };
            if (!held) {
                needs.lookups.computeIfAbsent(lookup.kind(), k -> new HashSet<>()).add(lookup.key());
            }
            return held;
        }

        private Collection<UUID> idsFound(Lookup lookup) {
            return switch (lookup.kind()) {
                case NHS, UPN -> holders.get(lookup).stream().map(Holder::kept).toList();
                case POSTCODE -> residents.get(lookup.key()).keySet();
                default -> found.get(lookup);
            };
        }

        /** Weighs the records kept; reads aliases only for those that could be among the best. */
        private boolean weigh(Needs needs) {
            Map<UUID, List<Residing>> here = asked.postcode == null ? Map.of() : residents.get(asked.postcode);
            boolean ready = true;
            for (UUID id : weighed) {
                if (!details.containsKey(id)) {
                    needs.details.add(id);
                    ready = false;
                }
                List<Residing> there = here.get(id);
                if (there != null && there.stream().anyMatch(r -> !r.movedOut()) && !current.containsKey(id)) {
                    // lives in the postcode asked about: whether that is their current address counts
                    needs.current.add(id);
                    ready = false;
                }
            }
            if (!ready) {
                return false;
            }
            Set<UUID> mergedNhs = mergedInto(Kind.NHS, asked.nhs);
            Set<UUID> mergedUpn = mergedInto(Kind.UPN, asked.upn);
            List<Weighed> all = new ArrayList<>(weighed.size());
            List<Double> leasts = new ArrayList<>(weighed.size());
            for (UUID id : weighed) {
                Details d = details.get(id);
                Address address = current.getOrDefault(id, Address.NONE);
                Set<String> formerKeys = new LinkedHashSet<>();
                for (Residing r : here.getOrDefault(id, List.of())) {
                    if (r.movedOut()) {
                        formerKeys.add(r.addressKey());
                    }
                }
                List<PersonRecord.AliasName> known = aliases.get(id);
                MatchRules.Candidate candidate = new MatchRules.Candidate(id, d.givenName(), d.familyName(),
                        known == null ? List.of() : known, d.born(), d.nhsNumber(), d.upn(), d.formerUpn(),
                        mergedNhs.contains(id) ? Set.of(asked.nhs) : Set.of(), mergedUpn.contains(id) ? Set.of(asked.upn) : Set.of(),
                        address.addressKey(), address.postcode(), formerKeys, formerKeys.isEmpty() ? Set.of() : Set.of(asked.postcode));
                Weighed w;
                if (known != null) {
                    MatchRules.Assessment a = MatchRules.assess(asked, candidate);
                    w = new Weighed(id, d, a.score(), a.score(), a);
                } else {
                    // without names asked about, aliases change nothing
                    MatchRules.Bounds b = MatchRules.bounds(asked, candidate);
                    w = new Weighed(id, d, b.least(), b.most(), asked.mostForNames == 0 ? new MatchRules.Assessment(b.least(), b.reasons()) : null);
                }
                all.add(w);
                leasts.add(w.least());
            }
            // a record that cannot reach what the twentieth best already has is never shown
            leasts.sort(Comparator.reverseOrder());
            double bar = Math.max(LEAST_SCORE, leasts.size() >= MAX_CANDIDATES ? leasts.get(MAX_CANDIDATES - 1) : 0);
            List<Weighed> contenders = all.stream().filter(w -> w.most() >= bar).toList();
            for (Weighed w : contenders) {
                if (w.assessment() == null) {
                    needs.aliases.add(w.id());
                    ready = false;
                }
            }
            if (!ready) {
                return false;
            }
            List<Weighed> best = contenders.stream()
                    .filter(w -> w.assessment().score() >= LEAST_SCORE)
                    .sorted(Comparator.comparingDouble((Weighed w) -> w.assessment().score()).reversed()
                            .thenComparing(Weighed::name).thenComparing(Weighed::id))
                    .limit(MAX_CANDIDATES)
                    .toList();
            for (Weighed w : best) {
                if (!current.containsKey(w.id())) {
                    needs.current.add(w.id());
                    ready = false;
                }
            }
            if (!ready) {
                return false;
            }
            result = best.stream()
                    .map(w -> new Found(w.id(), w.name(), w.details().born(), current.get(w.id()).postcode(), w.assessment()))
                    .toList();
            return true;
        }

        private Set<UUID> mergedInto(Kind kind, String key) {
            if (key == null) {
                return Set.of();
            }
            Set<UUID> kept = new HashSet<>();
            for (Holder h : holders.getOrDefault(new Lookup(kind, key), List.of())) {
                if (h.mergedInto() != null) {
                    kept.add(h.mergedInto());
                }
            }
            return kept;
        }
    }

    private record Weighed(UUID id, Details details, String name, double least, double most, MatchRules.Assessment assessment) {
        Weighed(UUID id, Details details, double least, double most, MatchRules.Assessment assessment) {
            this(id, details, NameLookups.displayName(details.givenName(), details.middleNames(), details.familyName(), details.preferredName()),
                    least, most, assessment);
        }
    }

    /** Reads what the waiting checks need, one statement per kind of thing. */
    private void read(Needs needs) {
        needs.lookups.forEach(this::lookUp);
        readKeys(needs.keys);
        readDetails(needs.details);
        readCurrentAddresses(needs.current);
        readAliases(needs.aliases);
    }

    private void lookUp(Kind kind, Set<String> wanted) {
        String[] values = wanted.toArray(String[]::new);
        for (String key : values) {
            switch (kind) {
                case NHS, UPN -> holders.put(new Lookup(kind, key), new ArrayList<>());
                case POSTCODE -> residents.put(key, new HashMap<>());
                default -> found.put(new Lookup(kind, key), new ArrayList<>());
            }
        }
        switch (kind) {
            case NHS -> jdbc.sql("SELECT nhs_number, id, merged_into FROM person.person WHERE nhs_number = ANY(CAST(:keys AS text[]))")
                    .param("keys", values)
                    .query((rs, i) -> holders.get(new Lookup(kind, rs.getString(1)))
                            .add(new Holder(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class))))
                    .list();
            case UPN -> jdbc.sql("""
                            SELECT upn, former_upn, id, merged_into FROM person.person
                            WHERE upn = ANY(CAST(:keys AS text[])) OR former_upn = ANY(CAST(:keys AS text[]))""")
                    .param("keys", values)
                    .query((rs, i) -> {
                        Holder h = new Holder(rs.getObject(3, UUID.class), rs.getObject(4, UUID.class));
                        for (String upn : new LinkedHashSet<>(Arrays.asList(rs.getString(1), rs.getString(2)))) {
                            List<Holder> list = upn == null ? null : holders.get(new Lookup(kind, upn));
                            if (list != null) {
                                list.add(h);
                            }
                        }
                        return h;
                    })
                    .list();
            case POSTCODE -> jdbc.sql("""
                            SELECT postcode, person, address_key, moved_out IS NOT NULL FROM person.residence
                            WHERE postcode = ANY(CAST(:keys AS text[]))""")
                    .param("keys", values)
                    .query((rs, i) -> {
                        UUID person = rs.getObject(2, UUID.class);
                        residents.get(rs.getString(1)).computeIfAbsent(person, p -> new ArrayList<>())
                                .add(new Residing(person, rs.getString(3), rs.getBoolean(4)));
                        return person;
                    })
                    .list();
            case ALIAS_SOUND -> jdbc.sql("SELECT DISTINCT family_name_sound, person FROM person.alias WHERE family_name_sound = ANY(CAST(:keys AS text[]))")
                    .param("keys", values)
                    .query((rs, i) -> found.get(new Lookup(kind, rs.getString(1))).add(rs.getObject(2, UUID.class)))
                    .list();
            case DATE_OF_BIRTH -> keyed(kind, """
                    SELECT CAST(date_of_birth AS text), id, family_name_key, given_name_key, merged_into FROM person.person
                    WHERE date_of_birth = ANY(CAST(CAST(:keys AS text[]) AS date[]))""", values, null);
            case FAMILY_SOUND -> keyed(kind, """
                    SELECT family_name_sound, id, family_name_key, given_name_key, merged_into FROM person.person
                    WHERE family_name_sound = ANY(CAST(:keys AS text[]))""", values, null);
            case GIVEN_NAME -> keyed(kind, """
                    SELECT given_name_key, id, family_name_key, given_name_key, merged_into FROM person.person
                    WHERE given_name_key = ANY(CAST(:keys AS text[]))""", values, null);
            case FAMILY_PREFIX -> keyed(kind, """
                    SELECT q.k, p.id, p.family_name_key, p.given_name_key, p.merged_into
                    FROM unnest(CAST(:keys AS text[]), CAST(:ends AS text[])) AS q(k, e)
                    JOIN LATERAL (SELECT id, family_name_key, given_name_key, merged_into FROM person.person
                                  WHERE family_name_key ~>=~ q.k AND family_name_key ~<~ q.e) p ON TRUE""", values,
                    Arrays.stream(values).map(CandidateGathering::after).toArray(String[]::new));
            case SOUND_START_AND_INITIAL -> keyed(kind, """
                    SELECT q.s || '|' || q.i, p.id, p.family_name_key, p.given_name_key, p.merged_into
                    FROM unnest(CAST(:keys AS text[]), CAST(:ends AS text[])) AS q(s, i)
                    JOIN LATERAL (SELECT id, family_name_key, given_name_key, merged_into FROM person.person
                                  WHERE left(family_name_sound, 2) = q.s AND left(given_name_key, 1) = q.i) p ON TRUE""",
                    Arrays.stream(values).map(k -> k.substring(0, k.indexOf('|'))).toArray(String[]::new),
                    Arrays.stream(values).map(k -> k.substring(k.indexOf('|') + 1)).toArray(String[]::new));
        }
    }

    /** The first string after every string that starts with the prefix. */
    private static String after(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    /** A look-up on the person table that also gives the keys for ordering, read in one go. */
    private void keyed(Kind kind, String sql, String[] values, String[] ends) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("keys", values);
        if (ends != null) {
            spec = spec.param("ends", ends);
        }
        spec.query((rs, i) -> {
            UUID id = rs.getObject(2, UUID.class);
            String key = rs.getString(1);
            Keys k = new Keys(rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class));
            if (kind == Kind.FAMILY_PREFIX && !k.familyKey().startsWith(key)) {
                return id;
            }
            keys.putIfAbsent(id, k);
            found.get(new Lookup(kind, key)).add(id);
            return id;
        }).list();
    }

    private void readKeys(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT id, family_name_key, given_name_key, merged_into FROM person.person WHERE id = ANY(CAST(:ids AS uuid[]))")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, i) -> keys.put(rs.getObject(1, UUID.class), new Keys(rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class))))
                .list();
    }

    private void readDetails(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        SELECT id, given_name, middle_names, family_name, preferred_name, coalesce(date_of_birth, expected_date_of_birth),
                               nhs_number, upn, former_upn
                        FROM person.person WHERE id = ANY(CAST(:ids AS uuid[]))""")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, i) -> {
                    Date born = rs.getDate(6);
                    return details.put(rs.getObject(1, UUID.class), new Details(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            born == null ? null : born.toLocalDate(), rs.getString(7), rs.getString(8), rs.getString(9)));
                })
                .list();
    }

    private void readCurrentAddresses(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        ids.forEach(id -> current.put(id, Address.NONE));
        jdbc.sql("""
                        SELECT DISTINCT ON (person) person, address_key, postcode FROM person.residence
                        WHERE person = ANY(CAST(:ids AS uuid[])) AND moved_out IS NULL ORDER BY person, ordinal DESC""")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, i) -> current.put(rs.getObject(1, UUID.class), new Address(rs.getString(2), rs.getString(3))))
                .list();
    }

    private void readAliases(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        ids.forEach(id -> aliases.put(id, new ArrayList<>()));
        jdbc.sql("SELECT person, given_name, family_name FROM person.alias WHERE person = ANY(CAST(:ids AS uuid[])) ORDER BY person, ordinal")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, i) -> aliases.get(rs.getObject(1, UUID.class)).add(new PersonRecord.AliasName(rs.getString(2), rs.getString(3))))
                .list();
    }

    /**
     * A record created since the look-ups were made (a child the batch registered): added to every
     * look-up held that would have found it. The look-ups it was added to are returned, so checks
     * already worked out with them can be worked out again.
     */
    Set<Lookup> registered(UUID id) {
        record Row(UUID id, Keys keys, Details details, String familySound, LocalDate dateOfBirth) {}
        Row row = jdbc.sql("""
                        SELECT id, family_name_key, given_name_key, merged_into, given_name, middle_names, family_name, preferred_name,
                               coalesce(date_of_birth, expected_date_of_birth), nhs_number, upn, former_upn, family_name_sound, date_of_birth
                        FROM person.person WHERE id = :id""")
                .param("id", id)
                .query((rs, i) -> {
                    Date born = rs.getDate(9);
                    Date dob = rs.getDate(14);
                    return new Row(id, new Keys(rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class)),
                            new Details(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), born == null ? null : born.toLocalDate(),
                                    rs.getString(10), rs.getString(11), rs.getString(12)),
                            rs.getString(13), dob == null ? null : dob.toLocalDate());
                })
                .single();
        keys.put(id, row.keys());
        details.put(id, row.details());
        current.remove(id);
        aliases.remove(id);
        readCurrentAddresses(Set.of(id));
        readAliases(Set.of(id));
        Set<String> aliasSounds = new HashSet<>(jdbc.sql("SELECT family_name_sound FROM person.alias WHERE person = :id")
                .param("id", id).query(String.class).list());
        List<Residing> residences = jdbc.sql("SELECT postcode, address_key, moved_out IS NOT NULL FROM person.residence WHERE person = :id")
                .param("id", id)
                .query((rs, i) -> {
                    Residing r = new Residing(id, rs.getString(2), rs.getBoolean(3));
                    Map<UUID, List<Residing>> atPostcode = residents.get(rs.getString(1));
                    if (atPostcode != null) {
                        atPostcode.computeIfAbsent(id, p -> new ArrayList<>()).add(r);
                    }
                    return r;
                })
                .list();

        Set<Lookup> added = new HashSet<>();
        Details d = row.details();
        Keys k = row.keys();
        String sound = row.familySound();
        for (Map.Entry<Lookup, List<UUID>> e : found.entrySet()) {
            String key = e.getKey().key();
            boolean finds = switch (e.getKey().kind()) {
                case FAMILY_SOUND -> sound.equals(key);
                case FAMILY_PREFIX -> k.familyKey().startsWith(key);
                case ALIAS_SOUND -> aliasSounds.contains(key);
                case SOUND_START_AND_INITIAL -> sound.startsWith(key.substring(0, key.indexOf('|')))
                        && k.givenKey().startsWith(key.substring(key.indexOf('|') + 1));
                case GIVEN_NAME -> k.givenKey().equals(key);
                case DATE_OF_BIRTH -> row.dateOfBirth() != null && row.dateOfBirth().toString().equals(key);
                default -> false;
            };
            if (finds && !e.getValue().contains(id)) {
                e.getValue().add(id);
                added.add(e.getKey());
            }
        }
        for (Map.Entry<Lookup, List<Holder>> e : holders.entrySet()) {
            String key = e.getKey().key();
            boolean finds = e.getKey().kind() == Kind.NHS ? key.equals(d.nhsNumber()) : key.equals(d.upn()) || key.equals(d.formerUpn());
            if (finds) {
                e.getValue().add(new Holder(id, k.mergedInto()));
                added.add(e.getKey());
            }
        }
        if (!residences.isEmpty()) {
            residents.keySet().stream()
                    .filter(postcode -> residents.get(postcode).containsKey(id))
                    .forEach(postcode -> added.add(new Lookup(Kind.POSTCODE, postcode)));
        }
        return added;
    }

    private void forget() {
        found.clear();
        holders.clear();
        residents.clear();
        keys.clear();
        details.clear();
        current.clear();
        aliases.clear();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
