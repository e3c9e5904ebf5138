package uk.org.beacon.person;

import java.util.Locale;
import java.util.Optional;

/**
 * A unique pupil number (UPN) is the Department for Education's identifier for a child in
 * English state schools, and the children in need census expects it whenever it is known.
 * Schools and the education team pass it on by hand, so it is easily mistyped; the first
 * character is a check letter that catches most copying mistakes. A UPN whose last character
 * is a letter is a temporary one that the school should later replace with a permanent number.
 */
public final class UniquePupilNumber {

    /** The 23 letters used for check letters and for a temporary UPN's last character (no I, O or S). */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final int LENGTH = 13;

    private UniquePupilNumber() {
    }

    /** Upper-cases the value and removes all spaces. Null becomes an empty string. */
    public static String normalise(String upn) {
        if (upn == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(upn.length());
        upn.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString().toUpperCase(Locale.ROOT);
    }

    /** True when the normalised value is 13 characters of the right kinds with the right check letter. */
    public static boolean isValid(String upn) {
        return problem(upn).isEmpty();
    }

    /** True for a valid UPN whose last character is a letter, which marks a temporary number. */
    public static boolean isTemporary(String upn) {
        return isValid(upn) && Character.isLetter(normalise(upn).charAt(LENGTH - 1));
    }

    /**
     * A plain-English message for a form error, or empty when the UPN is valid. A blank value
     * gets "Enter a unique pupil number"; callers for whom the UPN is optional should check for
     * blank before asking.
     */
    public static Optional<String> problem(String upn) {
        String value = normalise(upn);
        if (value.isEmpty()) {
            return Optional.of("Enter a unique pupil number");
        }
        if (value.length() != LENGTH) {
            return Optional.of("A unique pupil number must be 13 characters long");
        }
        if (ALPHABET.indexOf(value.charAt(0)) < 0) {
            return Optional.of("A unique pupil number must start with a letter other than I, O or S");
        }
        if (!allDigits(value.substring(1, LENGTH - 1))) {
            return Optional.of("Characters 2 to 12 of a unique pupil number must be numbers");
        }
        if (scoreOf(value.charAt(LENGTH - 1)) < 0) {
            return Optional.of("A unique pupil number must end with a number, or a letter other than I, O or S");
        }
        if (checkLetterOf(value.substring(1)) != value.charAt(0)) {
            return Optional.of("This unique pupil number is not valid – the check letter does not match, "
                    + "so check it has been copied correctly");
        }
        return Optional.empty();
    }

    /**
     * Puts the check letter in front of the twelve characters that follow it (three-digit
     * authority number, eight digits, then a digit or a temporary-UPN letter). Used to make
     * synthetic UPNs for demonstration data.
     *
     * @throws IllegalArgumentException if the twelve characters are not of those kinds
     */
    public static String withCheckLetter(String twelveCharsAfterCheck) {
        String value = normalise(twelveCharsAfterCheck);
        if (value.length() != LENGTH - 1
                || !allDigits(value.substring(0, LENGTH - 2))
                || scoreOf(value.charAt(LENGTH - 2)) < 0) {
            throw new IllegalArgumentException("Expected 11 digits then a digit or a letter other than I, O or S, but got '"
                    + twelveCharsAfterCheck + "'");
        }
        return checkLetterOf(value) + value;
    }

    /**
     * Characters 2 to 13 are multiplied by weights 2 to 13 and summed; the remainder on
     * dividing by 23 picks the check letter.
     */
    private static char checkLetterOf(String twelve) {
        int sum = 0;
        for (int i = 0; i < twelve.length(); i++) {
            sum += scoreOf(twelve.charAt(i)) * (i + 2);
        }
        return ALPHABET.charAt(sum % 23);
    }

    /** A digit scores its value; a temporary-UPN letter scores its position in the alphabet (A=0). */
    private static int scoreOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return ALPHABET.indexOf(c);
    }

    private static boolean allDigits(String value) {
        return value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
