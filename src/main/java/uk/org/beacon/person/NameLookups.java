package uk.org.beacon.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The index look-ups that gather people by name, shared by the search page and front-door
 * matching so both find the same people. A name reaches us in many spellings, so each reading
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
