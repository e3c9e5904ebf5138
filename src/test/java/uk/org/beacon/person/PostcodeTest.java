package uk.org.beacon.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest(name = "{0} is a valid {1} postcode")
    @CsvSource({
            "M1 1AE, A9 9AA",
            "B33 8TH, A99 9AA",
            "W1A 0AX, A9A 9AA",
            "CR2 6XH, AA9 9AA",
            "DN55 1PT, AA99 9AA",
            "EC1A 1BB, AA9A 9AA",
            "SW1A 2AA, AA9A 9AA",
            "N1C 4AG, A9A 9AA",
            "GIR 0AA, the Girobank special case"})
    void everyStandardFormatIsAccepted(String postcode, String format) {
        assertThat(Postcode.isValid(postcode)).isTrue();
        assertThat(Postcode.problem(postcode)).isEmpty();
    }

    @Test
    void aPostcodeTypedWithoutASpaceOrInLowerCaseIsTidiedToTheRoyalMailLayout() {
        assertThat(Postcode.normalise("ws11aa")).isEqualTo("WS1 1AA");
        assertThat(Postcode.normalise("  Ws1   1aA ")).isEqualTo("WS1 1AA");
        assertThat(Postcode.normalise("m11ae")).isEqualTo("M1 1AE");
        assertThat(Postcode.normalise("ec1a1bb")).isEqualTo("EC1A 1BB");
        assertThat(Postcode.normalise("gir0aa")).isEqualTo("GIR 0AA");
        assertThat(Postcode.isValid("ws11aa")).isTrue();
    }

    @Test
    void somethingTooShortOrTooLongToSplitIsOnlyUpperCased() {
        assertThat(Postcode.normalise("ws1")).isEqualTo("WS1");
        assertThat(Postcode.normalise("abcd 12345")).isEqualTo("ABCD12345");
        assertThat(Postcode.normalise(null)).isEmpty();
    }

    @Test
    void anySevenCharactersAreSplitBeforeTheLastThreeEvenIfTheyAreNotAPostcode() {
        assertThat(Postcode.normalise("ws1 1aa 2")).isEqualTo("WS11 AA2");
        assertThat(Postcode.isValid("ws1 1aa 2")).isFalse();
    }

    @Test
    void aBlankPostcodeAsksForOneToBeEntered() {
        assertThat(Postcode.problem("")).contains("Enter a postcode");
        assertThat(Postcode.problem(null)).contains("Enter a postcode");
        assertThat(Postcode.isValid("  ")).isFalse();
    }

    @Test
    void punctuationInAPostcodeIsExplained() {
        assertThat(Postcode.problem("WS1-1AA")).contains("A postcode can only contain letters, numbers and spaces");
        assertThat(Postcode.problem("WS1 1AA.")).contains("A postcode can only contain letters, numbers and spaces");
    }

    @ParameterizedTest
    @ValueSource(strings = {"WS1", "WS1 1A", "1WS 1AA", "WS 1AA", "WSA1 1AA", "WS1 AAA", "WS123 1AA", "ABCDEFG"})
    void somethingThatIsNotShapedLikeAPostcodeAsksForAFullPostcode(String notAPostcode) {
        assertThat(Postcode.problem(notAPostcode)).contains("Enter a full UK postcode, for example SW1A 2AA");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "QA1 1AA, Q never starts a postcode",
            "VA1 1AA, V never starts a postcode",
            "XA1 1AA, X never starts a postcode",
            "AI1 1AA, I is never the second letter",
            "AJ1 1AA, J is never the second letter",
            "AZ1 1AA, Z is never the second letter",
            "W1I 0AX, I is never the letter after A9",
            "EC1C 1BB, C is never the letter after AA9",
            "WS1 1CA, C is never in the inward code",
            "WS1 1AI, I is never in the inward code",
            "WS1 1KA, K is never in the inward code",
            "WS1 1AM, M is never in the inward code",
            "WS1 1OA, O is never in the inward code",
            "WS1 1AV, V is never in the inward code"})
    void aPostcodeWithLettersThatRoyalMailNeverUsesThereIsNotReal(String postcode, String reason) {
        assertThat(Postcode.isValid(postcode)).isFalse();
        assertThat(Postcode.problem(postcode))
                .contains("This is not a real UK postcode – check it has been typed correctly");
    }

    @Test
    void theOutwardCodeIsThePartBeforeTheSpace() {
        assertThat(Postcode.outwardCode("ws11aa")).contains("WS1");
        assertThat(Postcode.outwardCode("EC1A 1BB")).contains("EC1A");
        assertThat(Postcode.outwardCode("M1 1AE")).contains("M1");
        assertThat(Postcode.outwardCode("GIR 0AA")).contains("GIR");
    }

    @Test
    void anInvalidPostcodeHasNoOutwardCode() {
        assertThat(Postcode.outwardCode("WS1")).isEmpty();
        assertThat(Postcode.outwardCode("QA1 1AA")).isEmpty();
        assertThat(Postcode.outwardCode(null)).isEmpty();
    }
}
