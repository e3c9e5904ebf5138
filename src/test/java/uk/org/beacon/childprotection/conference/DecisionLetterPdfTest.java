package uk.org.beacon.childprotection.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DecisionLetterPdfTest {

    private final DecisionLetterPdf letters = new DecisionLetterPdf();

    private static ConferenceDetails decided(String rationale, String manager) {
        UUID id = UUID.randomUUID();
        return new ConferenceDetails(id, UUID.randomUUID(), "Zoë Hartley-ØverbyŚ", LocalDate.of(2017, 3, 14), UUID.randomUUID(), null,
                ConferenceStatus.HELD, LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 19), LocalDateTime.of(2026, 5, 18, 10, 0), "Civic Centre",
                UUID.randomUUID(), "Casey Chair", null, null, null, null, LocalDate.of(2026, 5, 18), true, "EMO", "Emotional abuse",
                "Zoë has seen her father hurt her mother", "Mum has moved to a refuge with Zoë", rationale, manager, "Father",
                "He says the police report is wrong", null, null, "Minutes", false, Instant.now(), null, null, null, 3, 2,
                List.of(new ConferenceDetails.Invitee(UUID.randomUUID(), "CHILD", null, null, "Zoë Hartley-Øverby", "The child", LocalDate.of(2026, 5, 1),
                                InvitationStyle.CHILD_FRIENDLY_LETTER, true, true, "Jo Advocate", "DID_NOT_ATTEND", "ADVOCATE", null, false),
                        new ConferenceDetails.Invitee(UUID.randomUUID(), "PARENT", UUID.randomUUID(), null, "Rowan Hartley", "Mother", LocalDate.of(2026, 5, 1),
                                null, false, false, null, "ATTENDED", null, null, true),
                        new ConferenceDetails.Invitee(UUID.randomUUID(), "AGENCY", null, "POLICE", "Police", null, LocalDate.of(2026, 5, 1), null,
                                false, false, null, "APOLOGIES", null, null, false)),
                List.of(new ConferenceDetails.AgencyReport("POLICE", "Police", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 12), null, false)),
                List.of(), null);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theFamilysLetterGivesTheDecisionInPlainWordsWithTheChairsAndTheManagersRationale() throws IOException {
        String text = text(letters.render(decided("Zoë is likely to suffer significant emotional harm: the abuse at home has gone on for a year.",
                "The team manager supports a plan because the father has not engaged with the perpetrator programme."), "Casey Chair"));
        assertThat(text).contains("Zoë Hartley-ØverbyS") // Latin-1 letters as they are; Ś, which Helvetica cannot show, as S
                .contains("needs a child protection plan")
                .contains("emotional abuse: the child has been, or is likely to be, harmed by how they are spoken to or treated")
                .contains("Zoë is likely to suffer significant emotional harm: the abuse at home has gone on for a year.")
                .contains("The team manager supports a plan because the father has not engaged")
                .contains("Father did not agree with the decision")
                .contains("views were shared by their advocate, Jo Advocate")
                .contains("Rowan Hartley (mother), with a supporter")
                .contains("Sent apologies: Police")
                .contains("does not include the content of other agencies' reports");
    }

    @Test
    void aLongRationaleRunsOntoAFurtherPage() throws IOException {
        String rationale = "The chair weighed every agency's view carefully before deciding. ".repeat(120);
        byte[] pdf = letters.render(decided(rationale, null), "Casey Chair");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).doesNotContain("The social work manager's view");
    }
}
