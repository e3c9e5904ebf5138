package uk.org.beacon.person;

import java.util.Optional;

/**
 * The NHS number is the one identifier that health visitors, GPs, hospitals and children's
 * social care all share, so recording it correctly is what lets agencies be sure they are
 * talking about the same child. Practitioners copy it from letters and referral forms, often
 * with spaces or hyphens, and a single mistyped digit links a record to the wrong person.
 * These rules tidy what was typed, check the modulus 11 check digit and explain any problem
 * in words that can be shown next to the form field.
 */
public final class NhsNumber {

    private static final int LENGTH = 10;

    private NhsNumber() {
    }

    /**
     * Removes spaces (of any kind) and hyphens; everything else is kept so that
     * {@link #problem(String)} can say what is wrong with it. Null becomes an empty string.
     */
    public static String normalise(String nhsNumber) {
        if (nhsNumber == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(nhsNumber.length());
        nhsNumber.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isHyphen(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** True when the value, once normalised, is a 10-digit NHS number with a correct check digit. */
    public static boolean isValid(String nhsNumber) {
        return problem(nhsNumber).isEmpty();
    }

    /**
     * The number in the 3-3-4 layout used on NHS letters ("999 123 4567"). A value that is not
     * ten digits after normalising is returned trimmed but otherwise as typed, so that a form
     * can show it back to the person who needs to correct it.
     */
    public static String format(String nhsNumber) {
        String digits = normalise(nhsNumber);
        if (digits.length() != LENGTH || !allDigits(digits)) {
            return nhsNumber == null ? "" : nhsNumber.strip();
        }
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    /**
     * A plain-English message for a form error, or empty when the number is valid. A blank
     * value gets "Enter an NHS number"; callers for whom the NHS number is optional should
     * check for blank before asking.
     */
    public static Optional<String> problem(String nhsNumber) {
        String digits = normalise(nhsNumber);
        if (digits.isEmpty()) {
            return Optional.of("Enter an NHS number");
        }
        if (!allDigits(digits)) {
            return Optional.of("An NHS number can only contain numbers 0 to 9");
        }
        if (digits.length() != LENGTH) {
            return Optional.of("Enter a 10-digit NHS number");
        }
        if (digits.chars().distinct().count() == 1) {
            return Optional.of("This NHS number is not valid – it cannot be the same digit repeated");
        }
        int expected = checkDigitOf(digits.substring(0, LENGTH - 1));
        if (expected != digits.charAt(LENGTH - 1) - '0') {
            return Optional.of("This NHS number is not valid – check the digits");
        }
        return Optional.empty();
    }

    /**
     * Appends the modulus 11 check digit to nine digits, for making synthetic NHS numbers in
     * demonstration data (use the 999 range, which the NHS never issues to patients).
     *
     * @throws IllegalArgumentException if the value is not nine digits, or if those nine digits
     *                                  can never form a valid NHS number (the check would be 10)
     */
    public static String withCheckDigit(String nineDigits) {
        String digits = normalise(nineDigits);
        if (digits.length() != LENGTH - 1 || !allDigits(digits)) {
            throw new IllegalArgumentException("Expected nine digits but got '" + nineDigits + "'");
        }
        int check = checkDigitOf(digits);
        if (check == 10) {
            throw new IllegalArgumentException("No check digit makes a valid NHS number from " + digits);
        }
        return digits + check;
    }

    /** Weights 10 down to 2, check = 11 - (sum mod 11), where 11 means 0 and 10 means no valid number. */
    private static int checkDigitOf(String firstNine) {
        int sum = 0;
        for (int i = 0; i < firstNine.length(); i++) {
            sum += (firstNine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check;
    }

    private static boolean allDigits(String value) {
        return value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isHyphen(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                || c == '\u2212';
    }
}
