package uk.org.beacon.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * All UPNs here are synthetic. The check letters in the worked examples are calculated by
 * hand in the comments, and the bulk checks use a separate calculation in this test.
 */
class UniquePupilNumberTest {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private static char expectedCheckLetter(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = twelve.charAt(i);
            int score = Character.isDigit(c) ? c - '0' : ALPHABET.indexOf(c);
            sum += score * (i + 2);
        }
        return ALPHABET.charAt(sum % 23);
    }

    @Test
    void aPermanentUpnWithTheRightCheckLetterIsValid() {
        // 2x2 + 0x3 + 1x4 + ... + 1x12 + 0x13 = 4 + 4 + 12 = 20; letter 20 (from A = 0) is X
        assertThat(UniquePupilNumber.isValid("X201000000010")).isTrue();
        assertThat(UniquePupilNumber.problem("X201000000010")).isEmpty();
        assertThat(UniquePupilNumber.isTemporary("X201000000010")).isFalse();
    }

    @Test
    void aTemporaryUpnEndingInALetterScoresThatLetterByItsPlaceInTheCheckAlphabet() {
        // as above plus B (= 1) x 13: 20 + 13 = 33; 33 mod 23 = 10, which is L
        assertThat(UniquePupilNumber.isValid("L20100000001B")).isTrue();
        assertThat(UniquePupilNumber.isTemporary("L20100000001B")).isTrue();
        // A scores 0, so it gives the same letter as a final 0
        assertThat(UniquePupilNumber.isValid("X20100000001A")).isTrue();
    }

    @Test
    void theCheckAlphabetSkipsISAndOSoLettersAfterThemScoreOneLess() {
        // J is the 9th letter but scores 8 because I is skipped: 20 + 8x13 = 124; 124 mod 23 = 9, K
        assertThat(UniquePupilNumber.withCheckLetter("20100000001J")).isEqualTo("K20100000001J");
        assertThat(expectedCheckLetter("20100000001J")).isEqualTo('K');
    }

    @Test
    void aWrongCheckLetterIsReportedAsACopyingMistake() {
        assertThat(UniquePupilNumber.isValid("Y201000000010")).isFalse();
        assertThat(UniquePupilNumber.problem("Y201000000010")).contains(
                "This unique pupil number is not valid – the check letter does not match, "
                        + "so check it has been copied correctly");
    }

    @Test
    void changingAnySingleDigitIsCaught() {
        String upn = UniquePupilNumber.withCheckLetter("938123456780");
        for (int position = 1; position < 13; position++) {
            char original = upn.charAt(position);
            char changed = original == '9' ? '0' : (char) (original + 1);
            String mistyped = upn.substring(0, position) + changed + upn.substring(position + 1);
            assertThat(UniquePupilNumber.isValid(mistyped)).as(mistyped).isFalse();
        }
    }

    @Test
    void generatedUpnsAgreeWithAnIndependentCalculation() {
        for (int serial = 0; serial < 2000; serial += 37) {
            String twelve = String.format("888%08d%d", serial * 1013L % 100_000_000L, serial % 10);
            String upn = UniquePupilNumber.withCheckLetter(twelve);
            assertThat(upn).isEqualTo(expectedCheckLetter(twelve) + twelve);
            assertThat(UniquePupilNumber.isValid(upn)).isTrue();
        }
        for (char last : "ABCDEFGHJKLMNPQRTUVWXYZ".toCharArray()) {
            String twelve = "88812345678" + last;
            assertThat(UniquePupilNumber.withCheckLetter(twelve)).isEqualTo(expectedCheckLetter(twelve) + twelve);
        }
    }

    @Test
    void lowerCaseAndSpacesAreTidiedBeforeChecking() {
        assertThat(UniquePupilNumber.normalise(" x201 0000 0001 0 ")).isEqualTo("X201000000010");
        assertThat(UniquePupilNumber.isValid("x201 0000 0001 0")).isTrue();
        assertThat(UniquePupilNumber.isValid("l20100000001b")).isTrue();
        assertThat(UniquePupilNumber.normalise(null)).isEmpty();
    }

    @Test
    void aBlankUpnAsksForOneToBeEntered() {
        assertThat(UniquePupilNumber.problem(" ")).contains("Enter a unique pupil number");
        assertThat(UniquePupilNumber.problem(null)).contains("Enter a unique pupil number");
        assertThat(UniquePupilNumber.isValid(null)).isFalse();
        assertThat(UniquePupilNumber.isTemporary(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X20100000001", "X2010000000100", "X"})
    void aUpnThatIsNotThirteenCharactersLongIsRejected(String wrongLength) {
        assertThat(UniquePupilNumber.problem(wrongLength)).contains("A unique pupil number must be 13 characters long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1201000000010", "I201000000010", "O201000000010", "S201000000010", "-201000000010"})
    void aUpnMustStartWithALetterFromTheCheckAlphabet(String badStart) {
        assertThat(UniquePupilNumber.problem(badStart))
                .contains("A unique pupil number must start with a letter other than I, O or S");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X2010000A0010", "XA01000000010", "X20100000.010"})
    void theMiddleOfAUpnMustBeNumbers(String badMiddle) {
        assertThat(UniquePupilNumber.problem(badMiddle))
                .contains("Characters 2 to 12 of a unique pupil number must be numbers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X20100000001I", "X20100000001O", "X20100000001S", "X20100000001-"})
    void aTemporaryUpnCannotEndInIOOrS(String badEnd) {
        assertThat(UniquePupilNumber.problem(badEnd))
                .contains("A unique pupil number must end with a number, or a letter other than I, O or S");
    }

    @Test
    void aCheckLetterCannotBeMadeForCharactersThatCanNeverFormAUpn() {
        assertThatThrownBy(() -> UniquePupilNumber.withCheckLetter("20100000001"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UniquePupilNumber.withCheckLetter("2010000000AB"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UniquePupilNumber.withCheckLetter("20100000001O"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UniquePupilNumber.withCheckLetter(null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
