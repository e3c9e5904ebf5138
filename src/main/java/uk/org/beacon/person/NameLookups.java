package uk.org.beacon.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The index look-ups that gather people by name, shared by the search page and front-door
 * matching so both find the same people (search as SQL clauses, matching as keys looked up in
 * bulk by {@link CandidateGathering}; keep the two alike). A name reaches us in many spellings, so each reading
 * of it gathers candidates by the sound of the family name (Double Metaphone), its first three
 * letters, a recorded alias that sounds the same, and (when a first name is known) the first
 * sounds of the family name with the same initial; scoring happens afterwards, in memory.
 */
final class NameLookups {

    /** One way of reading what was typed: normalised given names (or null) and family name. */
    record Reading(String given, String family) {}

    private NameLookups() {}

    /**
     * Every way of reading a typed name as "given names + family name", taking the family name
     * as the last one, two or three words (family names may be two words: Abernethy Cole).
     */
    static List<Reading> readingsOf(String typedName) {
        String[] parts = NameMatching.normalise(typedName).split(" ");
        List<Reading> readings = new ArrayList<>();
        for (int i = Math.max(0, parts.length - 3); i < parts.length; i++) {
            String given = i == 0 ? null : String.join(" ", Arrays.copyOfRange(parts, 0, i));
            readings.add(new Reading(given, String.join(" ", Arrays.copyOfRange(parts, i, parts.length))));
        }
        return readings;
    }

    /**
     * One {@code SELECT <person id>} per index look-up for these readings, to be joined with
     * {@code UNION}; the parameters they use are added to {@code params}, named with {@code tag}
     * so that several sets can share one statement. Readings without a family name are skipped.
     */
    static List<String> clauses(List<Reading> readings, String tag, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        for (int k = 0; k < readings.size(); k++) {
            String f = readings.get(k).family();
            if (f == null || f.isBlank()) {
                continue;
            }
            String key = tag + k;
            String sound = NameMatching.phoneticKey(f);
            params.put("sound" + key, sound);
            params.put("prefix" + key, (f.length() >= 3 ? f.substring(0, 3) : f) + "%");
            clauses.add("SELECT id FROM person.person WHERE family_name_sound = :sound" + key);
            clauses.add("SELECT id FROM person.person WHERE family_name_key LIKE :prefix" + key);
            clauses.add("SELECT person FROM person.alias WHERE family_name_sound = :sound" + key);
            String g = readings.get(k).given();
            if (g != null && !g.isEmpty() && sound.length() >= 2) {
                // spelling slips that change the sound of the family name (Okehampton/Oakhampton):
                // same first sounds of the family name and the same initial
                params.put("soundStart" + key, sound.substring(0, 2) + "%");
                params.put("initial" + key, g.substring(0, 1) + "%");
                clauses.add("SELECT id FROM person.person WHERE family_name_sound LIKE :soundStart" + key
                        + " AND given_name_key LIKE :initial" + key);
            }
        }
        return clauses;
    }

    /**
     * The look-ups front-door matching makes for a check's names, the same as {@link #clauses}
     * makes for search, as what each looks up (so that many checks can be looked up at once):
     * for the name as given, each part of a double-barrelled family name on its own (Smith-Jones
     * finds Smith and Jones), and given and family names the other way round. With a given name
     * and no family name, the given name and its known variants.
     */
    static List<CandidateGathering.Lookup> lookups(MatchQuery query) {
        List<CandidateGathering.Lookup> lookups = new ArrayList<>();
        for (Reading reading : readingsOf(query)) {
            String f = reading.family();
            String sound = NameMatching.phoneticKey(f);
            lookups.add(new CandidateGathering.Lookup(CandidateGathering.Kind.FAMILY_SOUND, sound));
            lookups.add(new CandidateGathering.Lookup(CandidateGathering.Kind.FAMILY_PREFIX, f.length() >= 3 ? f.substring(0, 3) : f));
            lookups.add(new CandidateGathering.Lookup(CandidateGathering.Kind.ALIAS_SOUND, sound));
            String g = reading.given();
            if (g != null && !g.isEmpty() && sound.length() >= 2) {
                lookups.add(new CandidateGathering.Lookup(CandidateGathering.Kind.SOUND_START_AND_INITIAL, sound.substring(0, 2) + "|" + g.substring(0, 1)));
            }
        }
        String givenOnly = NameMatching.normalise(query.givenName());
        if (NameMatching.normalise(query.familyName()).isEmpty() && !givenOnly.isEmpty()) {
            NameMatching.givenNameVariants(givenOnly).forEach(v -> lookups.add(new CandidateGathering.Lookup(CandidateGathering.Kind.GIVEN_NAME, v)));
        }
        return lookups;
    }

    private static List<Reading> readingsOf(MatchQuery query) {
        String given = NameMatching.normalise(query.givenName());
        String family = NameMatching.normalise(query.familyName());
        List<Reading> readings = new ArrayList<>();
        if (family.isEmpty()) {
            return readings;
        }
        String g = given.isEmpty() ? null : given;
        readings.add(new Reading(g, family));
        List<String> parts = NameMatching.familyNameParts(family);
        if (parts.size() > 1) {
            parts.forEach(part -> readings.add(new Reading(g, part)));
        }
        if (g != null) {
            readings.add(new Reading(family, given));
        }
        return readings;
    }

    /** "Given Middle Family (known as Preferred)", as search results and match candidates show a person. */
    static String displayName(String given, String middle, String family, String preferred) {
        StringBuilder display = new StringBuilder();
        if (given != null) display.append(given).append(' ');
        if (middle != null) display.append(middle).append(' ');
        display.append(family);
        if (preferred != null) display.append(" (known as ").append(preferred).append(')');
        return display.toString();
    }
}
