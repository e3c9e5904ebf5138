package uk.org.beacon.person;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>Each kind of look-up is one statement for all the checks at once, and what it finds is kept,
 * so checks that share a name, a date of birth or a postcode share the look-up. What is read is
 * only what decides a score or is shown: the name look-ups read the name keys from the index
 * alone; the details of a record only once it is among the closest weighed; its aliases only when
 * they could lift it among the best; its current address only when it lives in the postcode
 * asked about or is shown. A record added meanwhile (a child the batch registered) is added with
 * {@link #registered(UUID)}, so later checks find it as if it had been there all along. Not for
 * use by two threads at once.
 */
final class CandidateGathering {

    static final int MAX_CANDIDATES = 20;
    /** How many gathered records are weighed at most; identifier, date of birth and address look-ups come first. */
    static final int MAX_WEIGHED = 600;
    /** Below this a candidate has no real evidence (same postcode, different name) and is left out. */
    static final double LEAST_SCORE = 0.01;
    /** Past this many records held, what was read is forgotten before the next checks. */
    private static final int MOST_HELD = 300_000;

    /** The index look-ups a check makes; the key is what is looked up. */
    enum Kind { NHS, UPN, DATE_OF_BIRTH, POSTCODE, FAMILY_SOUND, FAMILY_PREFIX, ALIAS_SOUND, SOUND_START_AND_INITIAL, GIVEN_NAME }

    record Lookup(Kind kind, String key) {}

    /** One candidate kept for a check, with its score and reasons. */
    record Found(UUID id, String name, LocalDate dateOfBirth, String postcode, MatchRules.Assessment assessment) {}

    /** What weighing and showing need of a record. */
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

    private record Residing(String addressKey, boolean movedOut) {}

    /** What has been read of one record; each part is null until read. */
    private static final class Known {
        final UUID id;
        String familyKey;
        String givenKey;
        UUID mergedInto;
        Details details;
        Address current;
        List<PersonRecord.AliasName> aliases;
        /** The gathering that last took it, and the last that found it by identifier, date of birth or postcode. */
        int gathered;
        int foundStrongly;

        Known(UUID id) {
            this.id = id;
        }

        boolean keysRead() {
            return familyKey != null;
        }
    }

    /** Identifiers in the order PostgreSQL sorts them (bytes, unsigned). */
    private static final Comparator<UUID> AS_STORED = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private final JdbcClient jdbc;
    /** For a partner professional: the people they are involved with; null for council staff. */
    private final Set<UUID> onlyAmong;

    private final Map<UUID, Known> people = new HashMap<>();
    private final Map<Lookup, List<Known>> found = new HashMap<>();
    private final Map<Lookup, List<Holder>> holders = new HashMap<>();
    private final Map<String, Map<UUID, List<Residing>>> residents = new HashMap<>();
    private int gatherings;

    CandidateGathering(JdbcClient jdbc, UUID partnerStaffId) {
        this.jdbc = jdbc;
        this.onlyAmong = partnerStaffId == null ? null : new HashSet<>(jdbc.sql("""
                        SELECT person_id FROM person.professional_involvement WHERE staff_id = :partner AND ended_on IS NULL""")
                .param("partner", partnerStaffId).query(UUID.class).list());
    }

    /** The candidates for each check, best first, in the order of the checks. */
    List<List<Found>> find(List<MatchQuery> queries) {
        if (people.size() > MOST_HELD) {
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

    /** The look-ups a check makes: identifiers, date of birth and postcode ({@code strong}), or names. */
    static List<Lookup> lookups(MatchQuery query, boolean strong) {
        List<Lookup> lookups = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return lookups;
        }
        if (!strong) {
            return NameLookups.lookups(query);
        }
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

    private Known known(UUID id) {
        return people.computeIfAbsent(id, Known::new);
    }

    /** What the checks still waiting need read before they can go on. */
    private static final class Needs {
        final Map<Kind, Set<String>> lookups = new EnumMap<>(Kind.class);
        final Set<UUID> keys = new HashSet<>();
        final Set<UUID> details = new HashSet<>();
        final Set<UUID> current = new HashSet<>();
        final Set<UUID> aliases = new HashSet<>();
    }

    /**
     * One check on its way: gathered and cut to the closest few hundred; weighed without aliases,
     * leaving the contenders; ranked, with the contenders' aliases; shown with current postcodes.
     */
    private final class Check {
        final MatchRules.Asked asked;
        final List<Lookup> strong;
        final List<Lookup> byName;
        final String familyKeyAsked;
        final String givenInitialAsked;
        List<Known> weighed;
        List<Weighed> contenders;
        List<Found> best;
        List<Found> result;

        Check(MatchQuery query) {
            this.asked = new MatchRules.Asked(query);
            this.strong = lookups(query, true);
            this.byName = lookups(query, false);
            this.familyKeyAsked = NameMatching.normalise(query.familyName());
            String given = NameMatching.normalise(query.givenName());
            this.givenInitialAsked = given.isEmpty() ? "" : given.substring(0, 1);
            if (strong.isEmpty() && byName.isEmpty()) {
                result = List.of();
            }
        }

        void advance(Needs needs) {
            if ((weighed != null || gather(needs)) && (contenders != null || weigh(needs)) && (best != null || rank(needs))) {
                show(needs);
            }
        }

        /**
         * Gathers the records the look-ups found and keeps the closest {@value #MAX_WEIGHED}:
         * those found by identifier, date of birth or postcode first, then by the closeness of the
         * name (same family name, same initial), and among equals in a fixed order, so that the
         * same check always weighs the same records.
         */
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
            int gathering = ++gatherings;
            List<Known> all = new ArrayList<>();
            for (Lookup lookup : strong) {
                for (Known k : recordsFound(lookup)) {
                    take(k, gathering, all);
                    k.foundStrongly = gathering;
                }
            }
            for (Lookup lookup : byName) {
                for (Known k : found.get(lookup)) {
                    take(k, gathering, all);
                }
            }
            for (Known k : all) {
                if (!k.keysRead()) {
                    needs.keys.add(k.id);
                    ready = false;
                }
            }
            if (!ready) {
                return false;
            }
            List<List<Known>> groups = new ArrayList<>();
            for (int g = 0; g < 6; g++) {
                groups.add(new ArrayList<>());
            }
            for (Known k : all) {
                if (k.mergedInto != null || (onlyAmong != null && !onlyAmong.contains(k.id))) {
                    continue;
                }
                int closeness = (k.familyKey.equals(familyKeyAsked) ? 0 : 1) + (k.givenKey.startsWith(givenInitialAsked) ? 0 : 1);
                groups.get((k.foundStrongly == gathering ? 0 : 3) + closeness).add(k);
            }
            List<Known> cut = new ArrayList<>(Math.min(all.size(), MAX_WEIGHED));
            for (List<Known> group : groups) {
                if (cut.size() + group.size() > MAX_WEIGHED) {
                    group.sort(Comparator.comparing((Known k) -> k.id, AS_STORED));
                    cut.addAll(group.subList(0, MAX_WEIGHED - cut.size()));
                    break;
                }
                cut.addAll(group);
            }
            weighed = cut;
            return true;
        }

        private static void take(Known k, int gathering, List<Known> all) {
            if (k.gathered != gathering) {
                k.gathered = gathering;
                all.add(k);
            }
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

        private List<Known> recordsFound(Lookup lookup) {
            return switch (lookup.kind()) {
                case NHS, UPN -> holders.get(lookup).stream().map(h -> known(h.kept())).toList();
                case POSTCODE -> residents.get(lookup.key()).keySet().stream().map(CandidateGathering.this::known).toList();
                default -> found.get(lookup);
            };
        }

        /**
         * Weighs the records kept without their aliases: the least each can score, and the most
         * its aliases could make of it. Those whose most is below what the twentieth best already
         * has can never be shown; the others are the contenders.
         */
        private boolean weigh(Needs needs) {
            Map<UUID, List<Residing>> here = asked.postcode == null ? Map.of() : residents.get(asked.postcode);
            boolean ready = true;
            for (Known k : weighed) {
                if (k.details == null) {
                    needs.details.add(k.id);
                    ready = false;
                }
                List<Residing> there = here.get(k.id);
                if (there != null && k.current == null && there.stream().anyMatch(r -> !r.movedOut())) {
                    // lives in the postcode asked about: whether that is their current address counts
                    needs.current.add(k.id);
                    ready = false;
                }
            }
            if (!ready) {
                return false;
            }
            Set<UUID> mergedNhs = mergedInto(Kind.NHS, asked.nhs);
            Set<UUID> mergedUpn = mergedInto(Kind.UPN, asked.upn);
            List<Weighed> all = new ArrayList<>(weighed.size());
            double[] leasts = new double[weighed.size()];
            for (Known k : weighed) {
                Details d = k.details;
                // a record not living in the postcode asked about scores nothing for its address
                Address address = k.current == null ? Address.NONE : k.current;
                Set<String> formerKeys = Set.of();
                List<Residing> there = here.get(k.id);
                if (there != null) {
                    formerKeys = new LinkedHashSet<>();
                    for (Residing r : there) {
                        if (r.movedOut()) {
                            formerKeys.add(r.addressKey());
                        }
                    }
                }
                MatchRules.Candidate candidate = new MatchRules.Candidate(k.id, d.givenName(), d.familyName(),
                        k.aliases == null ? List.of() : k.aliases, d.born(), d.nhsNumber(), d.upn(), d.formerUpn(),
                        mergedNhs.contains(k.id) ? Set.of(asked.nhs) : Set.of(), mergedUpn.contains(k.id) ? Set.of(asked.upn) : Set.of(),
                        address.addressKey(), address.postcode(), formerKeys, formerKeys.isEmpty() ? Set.of() : Set.of(asked.postcode));
                Weighed w;
                if (k.aliases != null) {
                    MatchRules.Assessment a = MatchRules.assess(asked, candidate);
                    w = new Weighed(k, candidate, a.score(), a.score(), a);
                } else {
                    // without names asked about, aliases change nothing
                    MatchRules.Bounds b = MatchRules.bounds(asked, candidate);
                    w = new Weighed(k, candidate, b.least(), b.most(),
                            asked.mostForNames == 0 ? new MatchRules.Assessment(b.least(), b.reasons()) : null);
                }
                leasts[all.size()] = w.least();
                all.add(w);
            }
            Arrays.sort(leasts);
            double bar = Math.max(LEAST_SCORE, leasts.length >= MAX_CANDIDATES ? leasts[leasts.length - MAX_CANDIDATES] : 0);
            contenders = all.stream().filter(w -> w.most() >= bar).toList();
            return true;
        }

        /** The best of the contenders, once the aliases of those that might have some are read. */
        private boolean rank(Needs needs) {
            boolean ready = true;
            for (Weighed w : contenders) {
                if (w.assessment() == null && w.known().aliases == null) {
                    needs.aliases.add(w.known().id);
                    ready = false;
                }
            }
            if (!ready) {
                return false;
            }
            record Ranked(Known known, MatchRules.Assessment assessment, String name) {}
            best = contenders.stream()
                    .map(w -> {
                        Known k = w.known();
                        MatchRules.Assessment a = w.assessment() != null ? w.assessment() : MatchRules.assess(asked, withAliases(w.candidate(), k.aliases));
                        Details d = k.details;
                        return new Ranked(k, a, NameLookups.displayName(d.givenName(), d.middleNames(), d.familyName(), d.preferredName()));
                    })
                    .filter(r -> r.assessment().score() >= LEAST_SCORE)
                    .sorted(Comparator.comparingDouble((Ranked r) -> r.assessment().score()).reversed()
                            .thenComparing(Ranked::name).thenComparing(r -> r.known().id, AS_STORED))
                    .limit(MAX_CANDIDATES)
                    .map(r -> new Found(r.known().id, r.name(), r.known().details.born(), null, r.assessment()))
                    .toList();
            return true;
        }

        /** The best, with the postcode each lives at now. */
        private void show(Needs needs) {
            boolean ready = true;
            for (Found f : best) {
                if (people.get(f.id()).current == null) {
                    needs.current.add(f.id());
                    ready = false;
                }
            }
            if (ready) {
                result = best.stream()
                        .map(f -> new Found(f.id(), f.name(), f.dateOfBirth(), people.get(f.id()).current.postcode(), f.assessment()))
                        .toList();
            }
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

    /** A record weighed without its aliases: the least and most it can score, and its assessment when that is final. */
    private record Weighed(Known known, MatchRules.Candidate candidate, double least, double most, MatchRules.Assessment assessment) {}

    private static MatchRules.Candidate withAliases(MatchRules.Candidate c, List<PersonRecord.AliasName> aliases) {
        return new MatchRules.Candidate(c.id(), c.givenName(), c.familyName(), aliases, c.dateOfBirth(), c.nhsNumber(), c.upn(), c.formerUpn(),
                c.mergedNhsNumbers(), c.mergedUpns(), c.addressKey(), c.postcode(), c.formerAddressKeys(), c.formerPostcodes());
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
                    .query((rs, i) -> residents.get(rs.getString(1)).computeIfAbsent(rs.getObject(2, UUID.class), p -> new ArrayList<>())
                            .add(new Residing(rs.getString(3), rs.getBoolean(4))))
                    .list();
            case ALIAS_SOUND -> jdbc.sql("SELECT DISTINCT family_name_sound, person FROM person.alias WHERE family_name_sound = ANY(CAST(:keys AS text[]))")
                    .param("keys", values)
                    .query((rs, i) -> found.get(new Lookup(kind, rs.getString(1))).add(known(rs.getObject(2, UUID.class))))
                    .list();
            case DATE_OF_BIRTH -> withKeys(kind, """
                    SELECT CAST(date_of_birth AS text), id, family_name_key, given_name_key, merged_into FROM person.person
                    WHERE date_of_birth = ANY(CAST(CAST(:keys AS text[]) AS date[]))""", values, null);
            case FAMILY_SOUND -> withKeys(kind, """
                    SELECT family_name_sound, id, family_name_key, given_name_key, merged_into FROM person.person
                    WHERE family_name_sound = ANY(CAST(:keys AS text[]))""", values, null);
            case GIVEN_NAME -> withKeys(kind, """
                    SELECT given_name_key, id, family_name_key, given_name_key, merged_into FROM person.person
                    WHERE given_name_key = ANY(CAST(:keys AS text[]))""", values, null);
            case FAMILY_PREFIX -> withKeys(kind, """
                    SELECT q.k, p.id, p.family_name_key, p.given_name_key, p.merged_into
                    FROM unnest(CAST(:keys AS text[]), CAST(:ends AS text[])) AS q(k, e)
                    JOIN LATERAL (SELECT id, family_name_key, given_name_key, merged_into FROM person.person
                                  WHERE family_name_key ~>=~ q.k AND family_name_key ~<~ q.e) p ON TRUE""", values,
                    Arrays.stream(values).map(CandidateGathering::after).toArray(String[]::new));
            case SOUND_START_AND_INITIAL -> withKeys(kind, """
                    SELECT q.s || '|' || q.i, p.id, p.family_name_key, p.given_name_key, p.merged_into
                    FROM unnest(CAST(:keys AS text[]), CAST(:ends AS text[])) AS q(s, i)
                    JOIN LATERAL (SELECT id, family_name_key, given_name_key, merged_into FROM person.person
                                  WHERE left(family_name_sound, 2) = q.s AND left(given_name_key, 1) = q.i) p ON TRUE""",
                    Arrays.stream(values).map(k -> k.substring(0, k.indexOf('|'))).toArray(String[]::new),
                    Arrays.stream(values).map(k -> k.substring(k.indexOf('|') + 1)).toArray(String[]::new));
        }
    }

    /** The first string after every string that starts with the prefix (for a range scan of the index). */
    private static String after(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    /** A look-up on the person table that reads the name keys with the records found, from the index alone. */
    private void withKeys(Kind kind, String sql, String[] values, String[] ends) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("keys", values);
        if (ends != null) {
            spec = spec.param("ends", ends);
        }
        spec.query((rs, i) -> {
            String key = rs.getString(1);
            String familyKey = rs.getString(3);
            if (kind == Kind.FAMILY_PREFIX && !familyKey.startsWith(key)) {
                return key;
            }
            Known k = known(rs.getObject(2, UUID.class));
            if (!k.keysRead()) {
                k.familyKey = familyKey;
                k.givenKey = rs.getString(4);
                k.mergedInto = rs.getObject(5, UUID.class);
            }
            found.get(new Lookup(kind, key)).add(k);
            return key;
        }).list();
    }

    private void readKeys(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT id, family_name_key, given_name_key, merged_into FROM person.person WHERE id = ANY(CAST(:ids AS uuid[]))")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, i) -> {
                    Known k = known(rs.getObject(1, UUID.class));
                    k.familyKey = rs.getString(2);
                    k.givenKey = rs.getString(3);
                    k.mergedInto = rs.getObject(4, UUID.class);
                    return k;
                })
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
                    Known k = known(rs.getObject(1, UUID.class));
                    k.details = new Details(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            born == null ? null : born.toLocalDate(), rs.getString(7), rs.getString(8), rs.getString(9));
                    return k;
                })
                .list();
    }

    private void readCurrentAddresses(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        ids.forEach(id -> known(id).current = Address.NONE);
        jdbc.sql("""
                        SELECT DISTINCT ON (person) person, address_key, postcode FROM person.residence
                        WHERE person = ANY(CAST(:ids AS uuid[])) AND moved_out IS NULL ORDER BY person, ordinal DESC""")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, i) -> known(rs.getObject(1, UUID.class)).current = new Address(rs.getString(2), rs.getString(3)))
                .list();
    }

    private void readAliases(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        ids.forEach(id -> known(id).aliases = new ArrayList<>());
        jdbc.sql("SELECT person, given_name, family_name FROM person.alias WHERE person = ANY(CAST(:ids AS uuid[])) ORDER BY person, ordinal")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, i) -> known(rs.getObject(1, UUID.class)).aliases.add(new PersonRecord.AliasName(rs.getString(2), rs.getString(3))))
                .list();
    }

    /**
     * A record created since the look-ups were made (a child the batch registered): read, and
     * added to every look-up held that would have found it. The look-ups it was added to are
     * returned, so that checks worked out with them can be worked out again.
     */
    Set<Lookup> registered(UUID id) {
        Set<UUID> self = Set.of(id);
        readKeys(self);
        readDetails(self);
        readCurrentAddresses(self);
        readAliases(self);
        Known k = known(id);
        record Extra(String familySound, String dateOfBirth) {}
        Extra extra = jdbc.sql("SELECT family_name_sound, CAST(date_of_birth AS text) FROM person.person WHERE id = :id")
                .param("id", id).query((rs, i) -> new Extra(rs.getString(1), rs.getString(2))).single();
        Set<String> aliasSounds = new HashSet<>(jdbc.sql("SELECT family_name_sound FROM person.alias WHERE person = :id")
                .param("id", id).query(String.class).list());
        Set<Lookup> added = new HashSet<>();
        jdbc.sql("SELECT postcode, address_key, moved_out IS NOT NULL FROM person.residence WHERE person = :id")
                .param("id", id)
                .query((rs, i) -> {
                    Map<UUID, List<Residing>> atPostcode = residents.get(rs.getString(1));
                    if (atPostcode != null && !atPostcode.containsKey(id)) {
                        atPostcode.computeIfAbsent(id, p -> new ArrayList<>()).add(new Residing(rs.getString(2), rs.getBoolean(3)));
                        added.add(new Lookup(Kind.POSTCODE, rs.getString(1)));
                    }
                    return id;
                })
                .list();
        String sound = extra.familySound();
        for (Map.Entry<Lookup, List<Known>> e : found.entrySet()) {
            String key = e.getKey().key();
            boolean finds = switch (e.getKey().kind()) {
                case FAMILY_SOUND -> sound.equals(key);
                case FAMILY_PREFIX -> k.familyKey.startsWith(key);
                case ALIAS_SOUND -> aliasSounds.contains(key);
                case SOUND_START_AND_INITIAL -> sound.startsWith(key.substring(0, key.indexOf('|')))
                        && k.givenKey.startsWith(key.substring(key.indexOf('|') + 1));
                case GIVEN_NAME -> k.givenKey.equals(key);
                case DATE_OF_BIRTH -> key.equals(extra.dateOfBirth());
                default -> false;
            };
            if (finds && !e.getValue().contains(k)) {
                e.getValue().add(k);
                added.add(e.getKey());
            }
        }
        for (Map.Entry<Lookup, List<Holder>> e : holders.entrySet()) {
            String key = e.getKey().key();
            Details d = k.details;
            Holder h = new Holder(id, k.mergedInto);
            if ((e.getKey().kind() == Kind.NHS ? key.equals(d.nhsNumber()) : key.equals(d.upn()) || key.equals(d.formerUpn()))
                    && !e.getValue().contains(h)) {
                e.getValue().add(h);
                added.add(e.getKey());
            }
        }
        return added;
    }

    private void forget() {
        people.clear();
        found.clear();
        holders.clear();
        residents.clear();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
