package uk.org.beacon.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * When a contact arrives, the screener must find out whether the child or adult is already known:
 * a missed match starts a second record and splits the history, so a child's earlier contacts are
 * not seen. Each piece of evidence (an identifier, the date of birth, the names, the address) adds
 * or takes away weight, as in record-linkage practice; the total becomes a 0 to 1 score, and each
 * piece is told to the screener in plain English. A shared NHS number or UPN outweighs names,
 * which change (adoption, marriage) and are misheard; the screener still decides.
 */
final class MatchRules {

    /** Weight before any evidence: a person picked at random is very unlikely to be the one. */
    static final double PRIOR = -6.0;
    static final double NHS_NUMBER_MATCHES = 12.0;
    static final double NHS_NUMBER_DIFFERS = -5.0;
    static final double UPN_MATCHES = 9.0;
    static final double DATE_OF_BIRTH_MATCHES = 4.0;
    static final double DATE_OF_BIRTH_SWAPPED = 2.5;
    static final double DATE_OF_BIRTH_DIFFERS = -1.5;
    static final double SAME_ADDRESS = 2.5;
    static final double FORMER_ADDRESS = 1.5;
    static final double SAME_POSTCODE = 1.0;
    static final double FORMER_POSTCODE = 0.5;
    /** Names within this Jaro-Winkler similarity of each other are "spelt similarly". */
    private static final double SIMILAR_SPELLING = 0.88;

    /**
     * What is known about one candidate. {@code formerAddressKeys} and {@code formerPostcodes}
     * hold past addresses (only those in the postcode asked about need be given); the merged
     * identifiers are those of records merged into this one.
     */
    record Candidate(UUID id, String givenName, String familyName, List<PersonRecord.AliasName> aliases, LocalDate dateOfBirth,
            String nhsNumber, String upn, String formerUpn, Set<String> mergedNhsNumbers, Set<String> mergedUpns,
            String addressKey, String postcode, Set<String> formerAddressKeys, Set<String> formerPostcodes) {}

    /** The score (0 to 1) and the reasons for it, strongest evidence first. */
    record Assessment(double score, List<String> reasons) {}

    private MatchRules() {}

    static Assessment assess(MatchQuery query, Candidate candidate) {
        return assess(new Asked(query), candidate);
    }

    static Assessment assess(Asked asked, Candidate candidate) {
        Weighing w = weigh(asked, candidate);
        return new Assessment(score(w.weight()), w.reasons());
    }

    /**
     * The score without the candidate's aliases (an alias can only add weight: it is one more
     * name to compare) and the most that any aliases could make of it. A record whose most
     * is below what others already score cannot be among the best, so its aliases need not be
     * looked up.
     */
    static Bounds bounds(Asked asked, Candidate withoutAliases) {
        Weighing w = weigh(asked, withoutAliases);
        return new Bounds(score(w.weight()), score(w.weight() - w.names() + asked.mostForNames), w.reasons());
    }

    /** The least and most score a candidate can have, and the reasons for the least. */
    record Bounds(double least, double most, List<String> reasons) {}

    /** The score rounded as shown: three decimals. */
    private static double score(double weight) {
        double score = 1.0 / (1.0 + Math.exp(-weight));
        return Math.round(score * 1000) / 1000.0;
    }

    private record Weighing(double weight, double names, List<String> reasons) {}

    /**
     * What was asked, tidied once, with the weight of the names already compared: the records
     * weighed for one check share a handful of names, and comparing names is the costly part.
     * One per check; not shared between threads.
     */
    static final class Asked {
        final MatchQuery query;
        final String nhs;
        final boolean nhsValid;
        final String upn;
        final LocalDate dateOfBirth;
        final LocalDate swappedDate;
        final String addressKey;
        final String postcode;
        final boolean hasGiven;
        final boolean hasFamily;
        final double mostForNames;
        private final Map<NameKey, NameWeight> byName = new HashMap<>();

        Asked(MatchQuery query) {
            this.query = query;
            this.nhs = blank(query.nhsNumber()) ? null : NhsNumber.normalise(query.nhsNumber());
            this.nhsValid = nhs != null && NhsNumber.isValid(nhs);
            this.upn = blank(query.upn()) ? null : UniquePupilNumber.normalise(query.upn());
            this.dateOfBirth = query.dateOfBirth();
            this.swappedDate = swapped(query.dateOfBirth()).orElse(null);
            this.addressKey = MatchRules.addressKey(query);
            this.postcode = MatchRules.postcode(query);
            this.hasGiven = !NameMatching.normalise(query.givenName()).isEmpty();
            this.hasFamily = !NameMatching.normalise(query.familyName()).isEmpty();
            this.mostForNames = hasGiven || hasFamily ? nameWeight(1.0) : 0.0;
        }

        /** Weight of a name similarity (0 to 1) for the parts of the name asked about. */
        double nameWeight(double similarity) {
            if (hasGiven && hasFamily) {
                return 7.0 * similarity - 3.0;
            }
            return hasFamily ? 4.0 * similarity - 2.0 : 3.0 * similarity - 1.5;
        }

        NameWeight names(Candidate candidate) {
            if (!candidate.aliases().isEmpty()) {
                return MatchRules.names(this, candidate);
            }
            NameKey key = new NameKey(candidate.givenName(), candidate.familyName());
            NameWeight known = byName.get(key);
            if (known == null) {
                known = MatchRules.names(this, candidate);
                byName.put(key, known);
            }
            return known;
        }
    }

    private record NameKey(String given, String family) {}

    private record NameWeight(double weight, List<String> reasons) {}

    private static Weighing weigh(Asked asked, Candidate candidate) {
        double weight = PRIOR;
        List<String> reasons = new ArrayList<>();

        String nhs = asked.nhs;
        if (nhs != null) {
            if (nhs.equals(candidate.nhsNumber())) {
                weight += NHS_NUMBER_MATCHES;
                reasons.add("NHS number matches");
            } else if (candidate.mergedNhsNumbers().contains(nhs)) {
                weight += NHS_NUMBER_MATCHES;
                reasons.add("NHS number matches a record merged into this one");
            } else if (candidate.nhsNumber() != null && asked.nhsValid) {
                weight += NHS_NUMBER_DIFFERS;
                reasons.add("A different NHS number is recorded");
            }
        }
        String upn = asked.upn;
        if (upn != null) {
            if (upn.equals(candidate.upn())) {
                weight += UPN_MATCHES;
                reasons.add("UPN matches");
            } else if (upn.equals(candidate.formerUpn())) {
                weight += UPN_MATCHES;
                reasons.add("UPN matches their former UPN");
            } else if (candidate.mergedUpns().contains(upn)) {
                weight += UPN_MATCHES;
                reasons.add("UPN matches a record merged into this one");
            }
        }

        LocalDate dob = asked.dateOfBirth;
        if (dob != null && candidate.dateOfBirth() != null) {
            if (dob.equals(candidate.dateOfBirth())) {
                weight += DATE_OF_BIRTH_MATCHES;
                reasons.add("Date of birth matches");
            } else if (candidate.dateOfBirth().equals(asked.swappedDate)) {
                weight += DATE_OF_BIRTH_SWAPPED;
                reasons.add("Date of birth matches with day and month swapped");
            } else {
                weight += DATE_OF_BIRTH_DIFFERS;
            }
        }

        NameWeight names = asked.names(candidate);
        weight += names.weight();
        reasons.addAll(names.reasons());

        String addressKey = asked.addressKey;
        String postcode = asked.postcode;
        if (addressKey != null && addressKey.equals(candidate.addressKey())) {
            weight += SAME_ADDRESS;
            reasons.add("Same address");
        } else if (addressKey != null && candidate.formerAddressKeys().contains(addressKey)) {
            weight += FORMER_ADDRESS;
            reasons.add("Lived at the same address before");
        } else if (postcode != null && postcode.equals(candidate.postcode())) {
            weight += SAME_POSTCODE;
            reasons.add("Same postcode");
        } else if (postcode != null && candidate.formerPostcodes().contains(postcode)) {
            weight += FORMER_POSTCODE;
            reasons.add("Lived at the same postcode before");
        }
        return new Weighing(weight, names.weight(), List.copyOf(reasons));
    }

    /** The date with day and month exchanged (3 July for 7 March), when that is a different, real date. */
    static Optional<LocalDate> swapped(LocalDate date) {
        if (date == null || date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
    }

    /** The address key of the address asked about, when both its first line and a real postcode are given. */
    static String addressKey(MatchQuery query) {
        String postcode = postcode(query);
        return postcode == null || blank(query.addressLine1()) ? null : Residence.addressKey(query.addressLine1(), postcode);
    }

    /** The postcode asked about, tidied, when it is a real postcode. */
    static String postcode(MatchQuery query) {
        return blank(query.postcode()) || !Postcode.isValid(query.postcode()) ? null : Postcode.normalise(query.postcode());
    }

    private static NameWeight names(Asked asked, Candidate candidate) {
        MatchQuery query = asked.query;
        if (!asked.hasGiven && !asked.hasFamily) {
            return new NameWeight(0.0, List.of());
        }
        List<String> aliases = candidate.aliases().stream()
                .map(a -> (a.givenName() == null ? "" : a.givenName() + " ") + a.familyName())
                .toList();
        double main = NameMatching.score(query.givenName(), query.familyName(), candidate.givenName(), candidate.familyName(), List.of());
        double withAliases = aliases.isEmpty() ? main
                : NameMatching.score(query.givenName(), query.familyName(), candidate.givenName(), candidate.familyName(), aliases);

        List<String> nameReasons = new ArrayList<>();
        familyReason(query.familyName(), candidate.familyName()).ifPresent(nameReasons::add);
        givenReason(query.givenName(), candidate.givenName()).ifPresent(nameReasons::add);
        if (nameReasons.isEmpty() && asked.hasGiven && asked.hasFamily
                && (familyReason(query.familyName(), candidate.givenName()).isPresent() || givenReason(query.givenName(), candidate.familyName()).isPresent())) {
            nameReasons.add("First and last names may have been entered the wrong way round");
        }
        if (withAliases > main + 0.01 && withAliases >= 0.8) {
            nameReasons.add("Other name (alias) matches");
        }
        return new NameWeight(asked.nameWeight(withAliases), List.copyOf(nameReasons));
    }

    private static final NameMemory<Optional<String>> FAMILY_REASONS = new NameMemory<>(200_000);
    private static final NameMemory<Optional<String>> GIVEN_REASONS = new NameMemory<>(200_000);

    static Optional<String> familyReason(String typed, String recorded) {
        return FAMILY_REASONS.of(typed, recorded, MatchRules::compareFamily);
    }

    private static Optional<String> compareFamily(String typed, String recorded) {
        String q = NameMatching.normalise(typed);
        String c = NameMatching.normalise(recorded);
        if (q.isEmpty() || c.isEmpty()) {
            return Optional.empty();
        }
        if (q.equals(c)) {
            return Optional.of("Family name matches");
        }
        if (NameMatching.shareAFamilyNamePart(q, c)) {
            return Optional.of("Part of a double-barrelled family name matches");
        }
        String sound = NameMatching.phoneticKey(q);
        if (!sound.isEmpty() && sound.equals(NameMatching.phoneticKey(c))) {
            return Optional.of("Family name sounds the same (" + typed.strip() + " / " + recorded.strip() + ")");
        }
        if (NameMatching.similarity(q, c) >= SIMILAR_SPELLING) {
            return Optional.of("Family name is spelt similarly (" + typed.strip() + " / " + recorded.strip() + ")");
        }
        return Optional.empty();
    }

    static Optional<String> givenReason(String typed, String recorded) {
        return GIVEN_REASONS.of(typed, recorded, MatchRules::compareGiven);
    }

    private static Optional<String> compareGiven(String typed, String recorded) {
        String q = NameMatching.normalise(typed);
        String c = NameMatching.normalise(recorded);
        if (q.isEmpty() || c.isEmpty()) {
            return Optional.empty();
        }
        String firstQ = q.split(" ")[0];
        String firstC = c.split(" ")[0];
        if (q.equals(c) || firstQ.equals(firstC)) {
            return Optional.of("First name matches");
        }
        if (firstQ.length() == 1) {
            return firstC.startsWith(firstQ) ? Optional.of("First initial matches") : Optional.empty();
        }
        if (NameMatching.givenNameVariants(firstQ).contains(firstC)) {
            return Optional.of("First name is a known variant (" + typed.strip() + " / " + recorded.strip() + ")");
        }
        String sound = NameMatching.phoneticKey(firstQ);
        if (!sound.isEmpty() && sound.equals(NameMatching.phoneticKey(firstC))) {
            return Optional.of("First name sounds the same (" + typed.strip() + " / " + recorded.strip() + ")");
        }
        if (NameMatching.similarity(firstQ, firstC) >= SIMILAR_SPELLING) {
            return Optional.of("First name is spelt similarly (" + typed.strip() + " / " + recorded.strip() + ")");
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
