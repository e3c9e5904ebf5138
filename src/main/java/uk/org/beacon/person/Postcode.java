package uk.org.beacon.person;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Addresses matter in children's social care: they decide which authority and which team
 * is responsible, and they are how visits are planned and households linked. Postcodes
 * arrive in every shape ("ws11aa", "Ws1  1aa"), so they are tidied into the Royal Mail
 * layout before they are stored or compared. The check follows the UK Government Data
 * Standards pattern, including the letters that never appear in particular positions.
 */
public final class Postcode {

    private static final String GIRO_BANK = "GIR 0AA";

    /** Outward code then inward code, letters restricted by position as in BS 7666. */
    private static final Pattern VALID = Pattern.compile(
            "(?:[A-PR-UWYZ][0-9][0-9]?"                 // A9, A99
                    + "|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?"  // AA9, AA99
                    + "|[A-PR-UWYZ][0-9][A-HJKPSTUW]"    // A9A
                    + "|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]" // AA9A
                    + ") [0-9][ABD-HJLNP-UW-Z]{2}");

    /** The same shapes with any letter anywhere, to tell "not a postcode" from "not a real postcode". */
    private static final Pattern SHAPE = Pattern.compile(
            "(?:[A-Z][0-9][0-9A-Z]?|[A-Z]{2}[0-9][0-9A-Z]?) [0-9][A-Z]{2}");

    private Postcode() {
    }

    /**
     * Upper-cases the value, removes all spaces and puts a single space before the last three
     * characters (the inward code) when there are five to seven characters. Null becomes an
     * empty string.
     */
    public static String normalise(String postcode) {
        if (postcode == null) {
            return "";
        }
        StringBuilder compact = new StringBuilder(postcode.length());
        postcode.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(compact::appendCodePoint);
        String value = compact.toString().toUpperCase(Locale.ROOT);
        if (value.length() < 5 || value.length() > 7) {
            return value;
        }
        return value.substring(0, value.length() - 3) + " " + value.substring(value.length() - 3);
    }

    /** True when the normalised value is a UK postcode in one of the standard formats, or GIR 0AA. */
    public static boolean isValid(String postcode) {
        return problem(postcode).isEmpty();
    }

    /**
     * A plain-English message for a form error, or empty when the postcode is valid. A blank
     * value gets "Enter a postcode"; callers for whom the postcode is optional should check for
     * blank before asking.
     */
    public static Optional<String> problem(String postcode) {
        String value = normalise(postcode);
        if (value.isEmpty()) {
            return Optional.of("Enter a postcode");
        }
        if (!value.chars().allMatch(c -> c == ' ' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            return Optional.of("A postcode can only contain letters, numbers and spaces");
        }
        if (value.equals(GIRO_BANK) || VALID.matcher(value).matches()) {
            return Optional.empty();
        }
        if (SHAPE.matcher(value).matches()) {
            return Optional.of("This is not a real UK postcode – check it has been typed correctly");
        }
        return Optional.of("Enter a full UK postcode, for example SW1A 2AA");
    }

    /**
     * The part before the space ("WS1" in "WS1 1AA"), which identifies the postcode district;
     * empty when the postcode is not valid.
     */
    public static Optional<String> outwardCode(String postcode) {
        if (!isValid(postcode)) {
            return Optional.empty();
        }
        String value = normalise(postcode);
        return Optional.of(value.substring(0, value.indexOf(' ')));
    }
}
