package uk.org.beacon.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTest {

    private static Codes codes;

    @BeforeAll
    static void loadOnce() {
        codes = new Codes();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ethnicity", "disability", "religion", "language", "legal-sex", "gender-identity",
            "sexual-orientation", "upn-unknown-reason", "referral-source", "relationship-type",
            "professional-role", "person-kind"})
    void everyCodeListLoadsFromItsCsvFileWithCodesInIt(String name) {
        CodeSet set = codes.byName(name);
        assertThat(set.name()).isEqualTo(name);
        assertThat(set.all()).isNotEmpty();
        assertThat(set.all()).allSatisfy(code -> {
            assertThat(code.code()).isNotBlank();
            assertThat(code.label()).isNotBlank();
        });
    }

    @Test
    void eachAccessorReturnsTheListOfTheSameName() {
        assertThat(codes.ethnicity().name()).isEqualTo("ethnicity");
        assertThat(codes.disability().name()).isEqualTo("disability");
        assertThat(codes.religion().name()).isEqualTo("religion");
        assertThat(codes.language().name()).isEqualTo("language");
        assertThat(codes.legalSex().name()).isEqualTo("legal-sex");
        assertThat(codes.genderIdentity().name()).isEqualTo("gender-identity");
        assertThat(codes.sexualOrientation().name()).isEqualTo("sexual-orientation");
        assertThat(codes.upnUnknownReason().name()).isEqualTo("upn-unknown-reason");
        assertThat(codes.referralSource().name()).isEqualTo("referral-source");
        assertThat(codes.relationshipType().name()).isEqualTo("relationship-type");
        assertThat(codes.professionalRole().name()).isEqualTo("professional-role");
        assertThat(codes.personKind().name()).isEqualTo("person-kind");
        assertThat(codes.names()).hasSize(20).contains("late-reason", "case-note-type", "assessment-factor", "cin-closure-reason", "primary-need",
                "abuse-category", "agency");
    }

    @Test
    void theEthnicityListHasTheTwentyDfeCodesIncludingRefusedAndNotYetObtained() {
        CodeSet ethnicity = codes.ethnicity();
        assertThat(ethnicity.all()).hasSize(20);
        assertThat(ethnicity.all().stream().map(Code::code)).containsExactly(
                "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH",
                "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
        assertThat(ethnicity.label("WBRI")).contains("White British");
        assertThat(ethnicity.label("WROM")).contains("Gypsy / Roma");
        assertThat(ethnicity.label("REFU")).contains("Refused");
        assertThat(ethnicity.label("NOBT")).contains("Information not yet obtained");
    }

    @Test
    void theDisabilityListHasThirteenCodesStartingWithNone() {
        CodeSet disability = codes.disability();
        assertThat(disability.all()).hasSize(13);
        assertThat(disability.all().get(0).code()).isEqualTo("NONE");
        assertThat(disability.label("AUT")).contains("Autism / autistic spectrum");
    }

    @Test
    void aLabelContainingCommasSurvivesTheCsvQuoting() {
        assertThat(codes.disability().label("DDA"))
                .contains("Other disability (meets the legal definition, none of the above)");
        assertThat(codes.referralSource().label("1A")).contains("Individual: family member, relative or carer");
        assertThat(codes.personKind().label("ADULT")).contains("Parent, carer or other adult");
    }

    @Test
    void sexIsRecordedAsTheDfeReturnsItMaleFemaleOrNotKnown() {
        CodeSet sex = codes.legalSex();
        assertThat(sex.all().stream().map(Code::code)).containsExactly("M", "F", "U");
        assertThat(sex.label("M")).contains("Male");
        assertThat(sex.label("F")).contains("Female");
        assertThat(sex.label("U")).contains("Not known");
    }

    @Test
    void thereAreSevenReasonsAUpnCanBeUnknown() {
        assertThat(codes.upnUnknownReason().all().stream().map(Code::code))
                .containsExactly("UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7");
        assertThat(codes.upnUnknownReason().label("UN6")).contains("Child is unborn");
    }

    @Test
    void theReferralSourceListHasAllTwentyTwoCensusCodesIncludingEarlyHelp() {
        CodeSet sources = codes.referralSource();
        assertThat(sources.all()).hasSize(22);
        assertThat(sources.all().stream().map(Code::code)).containsExactly(
                "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F",
                "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");
        assertThat(sources.label("5D")).contains("LA services: early help");
        assertThat(sources.label("6")).contains("Police");
    }

    @Test
    void theLocalListsHoldTheAgreedCodes() {
        assertThat(codes.religion().all()).hasSize(10);
        assertThat(codes.religion().label("NONE")).contains("No religion");
        assertThat(codes.genderIdentity().all().stream().map(Code::code))
                .containsExactly("SAME", "DIFF", "NB", "PNS", "NOBT");
        assertThat(codes.sexualOrientation().all().stream().map(Code::code))
                .containsExactly("HET", "GAY", "BI", "OTH", "PNS", "NOBT");
        assertThat(codes.relationshipType().all()).hasSize(17);
        assertThat(codes.relationshipType().label("PARTNER_OF_PARENT")).contains("Partner of a parent");
        assertThat(codes.professionalRole().all()).hasSize(13);
        assertThat(codes.professionalRole().label("DSL")).contains("School designated safeguarding lead");
        assertThat(codes.personKind().all().stream().map(Code::code)).containsExactly("CHILD", "UNBORN", "ADULT");
    }

    @Test
    void languagesUseIsoCodesWithOtherAndNotObtainedAtTheEnd() {
        CodeSet language = codes.language();
        assertThat(language.all().size()).isGreaterThanOrEqualTo(30);
        assertThat(language.label("eng")).contains("English");
        assertThat(language.label("pan")).contains("Punjabi");
        assertThat(language.label("tir")).contains("Tigrinya");
        assertThat(language.label("bfi")).contains("British Sign Language");
        List<Code> all = language.all();
        assertThat(all.subList(all.size() - 2, all.size()).stream().map(Code::code)).containsExactly("OTH", "NOBT");
        assertThat(all.subList(0, all.size() - 2)).allSatisfy(code -> assertThat(code.code()).matches("[a-z]{3}"));
    }

    @Test
    void noListRepeatsACode() {
        for (String name : codes.names()) {
            assertThat(codes.byName(name).all().stream().map(Code::code)).as(name).doesNotHaveDuplicates();
        }
    }

    @Test
    void anUnknownCodeIsNotContainedAndHasNoLabel() {
        CodeSet ethnicity = codes.ethnicity();
        assertThat(ethnicity.contains("XXXX")).isFalse();
        assertThat(ethnicity.isActive("XXXX")).isFalse();
        assertThat(ethnicity.label("XXXX")).isEmpty();
        assertThat(ethnicity.contains(null)).isFalse();
        assertThat(ethnicity.label(null)).isEmpty();
    }

    @Test
    void codesAreMatchedExactlyBecauseDfeReturnsAreCaseSensitive() {
        assertThat(codes.ethnicity().contains("wbri")).isFalse();
        assertThat(codes.language().contains("ENG")).isFalse();
    }

    @Test
    void anUnexpectedCodeIsShownAsItselfRatherThanHidden() {
        assertThat(codes.ethnicity().labelOrCode("WIRT")).isEqualTo("Traveller of Irish heritage");
        assertThat(codes.ethnicity().labelOrCode("GENCURR9")).isEqualTo("GENCURR9");
        assertThat(codes.ethnicity().labelOrCode(null)).isEmpty();
    }

    @Test
    void askingForAListThatDoesNotExistFailsClearly() {
        assertThatThrownBy(() -> codes.byName("eye-colour"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eye-colour");
        assertThatThrownBy(() -> codes.byName(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRetiredCodeStillLabelsOldRecordsButIsNotOfferedForNewOnes() {
        CodeSet factors = new CodeSet("assessment-factor", List.of(
                new Code("18A", "Physical abuse", true),
                new Code("18B", "Physical abuse by another child", false),
                new Code("18C", "Physical abuse by an adult", false)));
        assertThat(factors.all()).hasSize(3);
        assertThat(factors.active().stream().map(Code::code)).containsExactly("18B", "18C");
        assertThat(factors.contains("18A")).isTrue();
        assertThat(factors.isActive("18A")).isFalse();
        assertThat(factors.isActive("18B")).isTrue();
        assertThat(factors.label("18A")).contains("Physical abuse");
    }

    @Test
    void theLoadedNationalListsHaveNoRetiredCodesExceptTheSplitAbuseFactors() {
        CodeSet factors = codes.assessmentFactor();
        assertThat(factors.all().stream().filter(c -> !factors.isActive(c.code())).map(Code::code)).containsExactly("18A", "19A");
        for (String name : codes.names()) {
            if (name.equals("assessment-factor")) {
                continue;
            }
            CodeSet set = codes.byName(name);
            assertThat(set.active()).as(name).isEqualTo(set.all());
        }
    }

    @Test
    void aCodeSetCannotHoldTheSameCodeTwice() {
        assertThatThrownBy(() -> new CodeSet("twice", List.of(new Code("A", "One", false), new Code("A", "Two", false))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A appears twice");
    }

    @Test
    void aCodeNeedsAValueAndALabel() {
        assertThatThrownBy(() -> new Code(" ", "Label", false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Code("X", null, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Code(" X ", " Label ", false)).isEqualTo(new Code("X", "Label", false));
    }

    @Test
    void theCsvReaderHandlesQuotedFieldsEscapedQuotesBlankLinesAndABlankRetiredColumn() {
        String csv = "\uFEFFcode,label,retired\n"
                + "A,Plain,false\n"
                + "\n"
                + "B,\"Comma, inside\",true\n"
                + "C,\"She said \"\"hello\"\"\",\n"
                + "\"D\",\"Quoted code\",FALSE\r\n";
        List<Code> read = CodeCsv.read(new StringReader(csv), "test.csv");
        assertThat(read).containsExactly(
                new Code("A", "Plain", false),
                new Code("B", "Comma, inside", true),
                new Code("C", "She said \"hello\"", false),
                new Code("D", "Quoted code", false));
    }

    @Test
    void aMalformedCsvFailsNamingTheFileAndLine() {
        assertThatThrownBy(() -> CodeCsv.read(new StringReader("code,label,retired\nA,One,false\nB,Two\n"), "bad.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad.csv line 3");
        assertThatThrownBy(() -> CodeCsv.read(new StringReader("code,label,retired\nA,\"Unclosed,false\n"), "bad.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> CodeCsv.read(new StringReader("code,label,retired\nA,One,maybe\n"), "bad.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("retired");
        assertThatThrownBy(() -> CodeCsv.read(new StringReader("code,name\nA,One\n"), "bad.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("header");
        assertThatThrownBy(() -> CodeCsv.read(new StringReader("code,label,retired\n,No code,false\n"), "bad.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad.csv line 2");
    }
}
