package uk.org.beacon.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every number here is synthetic and in the 999 range, which the NHS never issues to
 * patients. Check digits are worked out in this test, independently of the class under test.
 */
class NhsNumberTest {

    /** Modulus 11 worked out afresh: weights 10..2, 11 means 0, 10 means no valid number (-1). */
    private static int expectedCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += Character.getNumericValue(nineDigits.charAt(i)) * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }

    private static String synthetic(int serial) {
        for (int n = serial; ; n++) {
            String nine = String.format("999%06d", n);
            int check = expectedCheckDigit(nine);
            if (check >= 0 && nine.chars().distinct().count() > 1) {
                return nine + check;
            }
        }
    }

    @Test
    void aNumberWithTheRightCheckDigitIsValid() {
        // 9x10 + 9x9 + 9x8 + 0 + 0 + 0 + 0 + 0 + 1x2 = 245; 245 mod 11 = 3; 11 - 3 = 8
        assertThat(NhsNumber.isValid("9990000018")).isTrue();
        assertThat(NhsNumber.problem("9990000018")).isEmpty();
    }

    @Test
    void aNumberWithAnyOtherLastDigitIsInvalid() {
        for (int last = 0; last <= 9; last++) {
            if (last != 8) {
                assertThat(NhsNumber.isValid("999000001" + last)).as("last digit %d", last).isFalse();
            }
        }
    }

    @Test
    void aRemainderOfZeroGivesACheckDigitOfZero() {
        // 243 + 5x2 = 253 = 23 x 11, so 11 - 0 = 11, which is written as 0
        assertThat(NhsNumber.isValid("9990000050")).isTrue();
        assertThat(NhsNumber.isValid("9990000051")).isFalse();
    }

    @Test
    void anNhsNumberWhoseCheckDigitWouldBeTenIsInvalid() {
        // 90+81+72+7+12+15+16+15+12 = 320; 320 mod 11 = 1; 11 - 1 = 10, so no last digit works
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.isValid("999123456" + last)).as("last digit %d", last).isFalse();
            assertThat(NhsNumber.problem("999123456" + last))
                    .contains("This NHS number is not valid – check the digits");
        }
    }

    @Test
    void manySyntheticNumbersAgreeWithAnIndependentCalculation() {
        for (int serial = 0; serial < 500; serial += 7) {
            String number = synthetic(serial);
            assertThat(NhsNumber.isValid(number)).as(number).isTrue();
            String wrongLast = number.substring(0, 9) + (char) ('0' + (number.charAt(9) - '0' + 1) % 10);
            assertThat(NhsNumber.isValid(wrongLast)).as(wrongLast).isFalse();
        }
    }

    @Test
    void swappingTwoNeighbouringDigitsWhenCopyingIsAlwaysCaught() {
        int swapsChecked = 0;
        for (int serial = 123456; serial < 123556; serial += 3) {
            String number = synthetic(serial);
            for (int i = 0; i < 9; i++) {
                if (number.charAt(i) != number.charAt(i + 1)) {
                    String swapped = number.substring(0, i) + number.charAt(i + 1) + number.charAt(i)
                            + number.substring(i + 2);
                    assertThat(NhsNumber.isValid(swapped)).as("%s copied as %s", number, swapped).isFalse();
                    swapsChecked++;
                }
            }
        }
        assertThat(swapsChecked).isGreaterThan(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000000", "1111111111", "2222222222", "5555555555", "9999999999"})
    void aNumberThatIsOneDigitRepeatedIsInvalidEvenThoughItsCheckDigitAddsUp(String repeated) {
        assertThat(expectedCheckDigit(repeated.substring(0, 9))).isEqualTo(repeated.charAt(9) - '0');
        assertThat(NhsNumber.isValid(repeated)).isFalse();
        assertThat(NhsNumber.problem(repeated)).isPresent();
    }

    @Test
    void spacesAndHyphensCopiedFromALetterAreIgnored() {
        assertThat(NhsNumber.isValid("999 000 0018")).isTrue();
        assertThat(NhsNumber.isValid("999-000-0018")).isTrue();
        assertThat(NhsNumber.isValid("  999 000-0018 ")).isTrue();
        assertThat(NhsNumber.isValid("999\u00A0000\u00A00018")).isTrue();
    }

    @Test
    void normalisingRemovesSpacesAndHyphensButKeepsEverythingElse() {
        assertThat(NhsNumber.normalise(" 999-000 0018 ")).isEqualTo("9990000018");
        assertThat(NhsNumber.normalise("999 OOO 0018")).isEqualTo("999OOO0018");
        assertThat(NhsNumber.normalise(null)).isEmpty();
    }

    @Test
    void aValidNumberIsShownInThreeThreeFourGroups() {
        assertThat(NhsNumber.format("9990000018")).isEqualTo("999 000 0018");
        assertThat(NhsNumber.format("999-000-0018")).isEqualTo("999 000 0018");
    }

    @Test
    void somethingThatIsNotTenDigitsIsShownBackAsTyped() {
        assertThat(NhsNumber.format(" 99900 ")).isEqualTo("99900");
        assertThat(NhsNumber.format("999 OOO 0018")).isEqualTo("999 OOO 0018");
        assertThat(NhsNumber.format(null)).isEmpty();
    }

    @Test
    void aBlankNumberAsksForOneToBeEntered() {
        assertThat(NhsNumber.problem("")).contains("Enter an NHS number");
        assertThat(NhsNumber.problem("   ")).contains("Enter an NHS number");
        assertThat(NhsNumber.problem(null)).contains("Enter an NHS number");
        assertThat(NhsNumber.isValid(null)).isFalse();
    }

    @Test
    void lettersInTheNumberAreExplained() {
        assertThat(NhsNumber.problem("999 OOO 0018")).contains("An NHS number can only contain numbers 0 to 9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"999000001", "99900000180", "9"})
    void aNumberOfTheWrongLengthAsksForTenDigits(String wrongLength) {
        assertThat(NhsNumber.problem(wrongLength)).contains("Enter a 10-digit NHS number");
    }

    @Test
    void syntheticNumbersForDemonstrationDataGetTheirCheckDigit() {
        assertThat(NhsNumber.withCheckDigit("999000001")).isEqualTo("9990000018");
        assertThat(NhsNumber.withCheckDigit("999 000 005")).isEqualTo("9990000050");
        assertThat(NhsNumber.isValid(NhsNumber.withCheckDigit("999314159"))).isTrue();
    }

    @Test
    void nineDigitsThatCanNeverBeValidCannotBeGivenACheckDigit() {
        assertThatThrownBy(() -> NhsNumber.withCheckDigit("999123456"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NhsNumber.withCheckDigit("99912345"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NhsNumber.withCheckDigit("99912345A"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
